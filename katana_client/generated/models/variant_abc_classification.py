"""VariantAbcClassification: an enum of the Katana API (generated; do not edit)."""

from katana_client._runtime import OpenStrEnum


class VariantAbcClassification(OpenStrEnum):
    """Known values of this enum; unknown ones are kept, not rejected.

    Katana adds values without notice. `VariantAbcClassification("NEW_VALUE")` returns a
    pseudo-member whose `value` and `name` are "NEW_VALUE" (see `OpenStrEnum`), so a
    response carrying it still parses and is written back unchanged.
    """

    A = "A"
    B = "B"
    C = "C"
