"""SalesOrderInvoicingStatus: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class SalesOrderInvoicingStatus(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `SalesOrderInvoicingStatus("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    INVOICED = "invoiced"
    NOTINVOICED = "notInvoiced"
    PARTIALLYINVOICED = "partiallyInvoiced"
