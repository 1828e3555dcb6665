"""CreatePurchaseOrderRowWithPurchaseOrderIdDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_decimal,
    to_int,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "price_per_unit",
        "purchase_order_id",
        "quantity",
        "variant_id",
        "arrival_date",
        "currency",
        "location_id",
        "purchase_uom",
        "purchase_uom_conversion_rate",
        "tax_name",
        "tax_rate",
        "tax_rate_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class CreatePurchaseOrderRowWithPurchaseOrderIdDto:
    """CreatePurchaseOrderRowWithPurchaseOrderIdDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    price_per_unit: Decimal
    purchase_order_id: int
    quantity: Decimal
    variant_id: int
    arrival_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    location_id: int | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.price_per_unit is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["price_per_unit"] = self.price_per_unit
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.purchase_order_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["purchase_order_id"] = self.purchase_order_id
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.quantity is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["quantity"] = self.quantity
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.variant_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["variant_id"] = self.variant_id
        if self.arrival_date is not UNSET:
            field_dict["arrival_date"] = self.arrival_date
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.purchase_uom is not UNSET:
            field_dict["purchase_uom"] = self.purchase_uom
        if self.purchase_uom_conversion_rate is not UNSET:
            field_dict["purchase_uom_conversion_rate"] = self.purchase_uom_conversion_rate
        if self.tax_name is not UNSET:
            field_dict["tax_name"] = self.tax_name
        if self.tax_rate is not UNSET:
            field_dict["tax_rate"] = self.tax_rate
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        # Filled slot by slot rather than through `cls(...)`: the attrs `__init__` costs a
        # keyword-argument call per object, a third of the time of reading a page. `obj`
        # is typed Any because a value no reader could convert is kept as it came.
        result: Self = _new(cls)
        obj: Any = result
        get = src_dict.get
        _v = get("price_per_unit", UNSET)
        obj.price_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("purchase_order_id", UNSET)
        obj.purchase_order_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("quantity", UNSET)
        obj.quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("variant_id", UNSET)
        obj.variant_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("arrival_date", UNSET)
        obj.arrival_date = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("currency", UNSET)
        obj.currency = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("purchase_uom", UNSET)
        obj.purchase_uom = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_uom_conversion_rate", UNSET)
        obj.purchase_uom_conversion_rate = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("tax_name", UNSET)
        obj.tax_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("tax_rate", UNSET)
        obj.tax_rate = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("tax_rate_id", UNSET)
        obj.tax_rate_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        obj.additional_properties = (
            {}
            if _KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return result

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
