"""SalesOrderStatus: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class SalesOrderStatus(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `SalesOrderStatus("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    DELIVERED = "DELIVERED"
    NOT_SHIPPED = "NOT_SHIPPED"
    PACKED = "PACKED"
    PARTIALLY_DELIVERED = "PARTIALLY_DELIVERED"
    PARTIALLY_PACKED = "PARTIALLY_PACKED"
    PENDING = "PENDING"
    READY_FOR_FULFILLMENT = "READY_FOR_FULFILLMENT"
