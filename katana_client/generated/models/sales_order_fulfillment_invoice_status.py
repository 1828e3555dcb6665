"""SalesOrderFulfillmentInvoiceStatus: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class SalesOrderFulfillmentInvoiceStatus(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `SalesOrderFulfillmentInvoiceStatus("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    INVOICED = "INVOICED"
    NOT_INVOICED = "NOT_INVOICED"
    PARTIALLY_INVOICED = "PARTIALLY_INVOICED"
