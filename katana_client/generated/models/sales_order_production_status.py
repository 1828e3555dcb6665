"""SalesOrderProductionStatus: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class SalesOrderProductionStatus(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `SalesOrderProductionStatus("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    BLOCKED = "BLOCKED"
    DONE = "DONE"
    IN_PROGRESS = "IN_PROGRESS"
    NONE = "NONE"
    NOT_APPLICABLE = "NOT_APPLICABLE"
    NOT_STARTED = "NOT_STARTED"
