"""PurchaseOrderIngredientAvailability: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class PurchaseOrderIngredientAvailability(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `PurchaseOrderIngredientAvailability("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    EXPECTED = "EXPECTED"
    IN_STOCK = "IN_STOCK"
    NOT_APPLICABLE = "NOT_APPLICABLE"
    NOT_AVAILABLE = "NOT_AVAILABLE"
    NO_RECIPE = "NO_RECIPE"
    PROCESSED = "PROCESSED"
