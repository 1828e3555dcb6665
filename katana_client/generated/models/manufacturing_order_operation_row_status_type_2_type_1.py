"""ManufacturingOrderOperationRowStatusType2Type1: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class ManufacturingOrderOperationRowStatusType2Type1(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `ManufacturingOrderOperationRowStatusType2Type1("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    BLOCKED = "BLOCKED"
    COMPLETED = "COMPLETED"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_STARTED = "NOT_STARTED"
    PAUSED = "PAUSED"
