"""AddShippingFeeDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_int,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "amount",
        "sales_order_id",
        "description",
        "tax_rate_id",
    }
)


@define(kw_only=True)
class AddShippingFeeDto:
    """AddShippingFeeDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    amount: str
    sales_order_id: int
    description: str | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.amount is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["amount"] = self.amount
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.sales_order_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["sales_order_id"] = self.sales_order_id
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        get = src_dict.get
        obj = cls(
            amount=to_str(get("amount", UNSET)),
            sales_order_id=to_int(get("sales_order_id", UNSET)),
            description=to_str(get("description", UNSET)),
            tax_rate_id=to_int(get("tax_rate_id", UNSET)),
        )
        if not _KEYS.issuperset(src_dict):
            obj.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KEYS
            }
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """The unknown JSON keys kept from `from_dict` or set with `model[key] = value`."""
        return list(self.additional_properties)
