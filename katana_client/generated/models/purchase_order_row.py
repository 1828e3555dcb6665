"""PurchaseOrderRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_datetime,
    to_decimal,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "arrival_date",
        "batch_transactions",
        "conversion_date",
        "conversion_rate",
        "created_at",
        "currency",
        "deleted_at",
        "group_id",
        "landed_cost",
        "location_id",
        "price_per_unit",
        "price_per_unit_in_base_currency",
        "purchase_order_id",
        "purchase_uom",
        "purchase_uom_conversion_rate",
        "quantity",
        "received_date",
        "tax_rate_id",
        "total",
        "total_in_base_currency",
        "updated_at",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class PurchaseOrderRow:
    """PurchaseOrderRow

    Derived from 7 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    arrival_date: datetime.datetime | None | Unset = UNSET
    batch_transactions: list[PurchaseOrderRowBatchTransaction] | None | Unset = UNSET
    conversion_date: datetime.datetime | None | Unset = UNSET
    conversion_rate: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    landed_cost: Decimal | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    price_per_unit: Decimal | None | Unset = UNSET
    price_per_unit_in_base_currency: Decimal | None | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    received_date: datetime.datetime | None | Unset = UNSET
    tax_rate_id: int | None | Unset = UNSET
    total: Decimal | None | Unset = UNSET
    total_in_base_currency: Decimal | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.arrival_date is not UNSET:
            field_dict["arrival_date"] = to_json_value(self.arrival_date)
        if self.batch_transactions is not UNSET:
            field_dict["batch_transactions"] = to_json_value(self.batch_transactions)
        if self.conversion_date is not UNSET:
            field_dict["conversion_date"] = to_json_value(self.conversion_date)
        if self.conversion_rate is not UNSET:
            field_dict["conversion_rate"] = self.conversion_rate
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.group_id is not UNSET:
            field_dict["group_id"] = self.group_id
        if self.landed_cost is not UNSET:
            field_dict["landed_cost"] = self.landed_cost
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.price_per_unit is not UNSET:
            field_dict["price_per_unit"] = self.price_per_unit
        if self.price_per_unit_in_base_currency is not UNSET:
            field_dict["price_per_unit_in_base_currency"] = self.price_per_unit_in_base_currency
        if self.purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = self.purchase_order_id
        if self.purchase_uom is not UNSET:
            field_dict["purchase_uom"] = self.purchase_uom
        if self.purchase_uom_conversion_rate is not UNSET:
            field_dict["purchase_uom_conversion_rate"] = self.purchase_uom_conversion_rate
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.received_date is not UNSET:
            field_dict["received_date"] = to_json_value(self.received_date)
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.total_in_base_currency is not UNSET:
            field_dict["total_in_base_currency"] = self.total_in_base_currency
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.variant_id is not UNSET:
            field_dict["variant_id"] = self.variant_id
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
        _v = get("id", UNSET)
        obj.id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("arrival_date", UNSET)
        obj.arrival_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("batch_transactions", UNSET)
        if _v.__class__ is list:
            _read_batch_transactions = PurchaseOrderRowBatchTransaction.from_dict
            _batch_transactions: list[Any] = []
            for _i in _v:
                _batch_transactions.append(
                    _read_batch_transactions(_i) if _i.__class__ is dict else _i
                )
            _v = _batch_transactions
        obj.batch_transactions = _v
        _v = get("conversion_date", UNSET)
        obj.conversion_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("conversion_rate", UNSET)
        obj.conversion_rate = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("currency", UNSET)
        obj.currency = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("group_id", UNSET)
        obj.group_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("landed_cost", UNSET)
        obj.landed_cost = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("price_per_unit", UNSET)
        obj.price_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("price_per_unit_in_base_currency", UNSET)
        obj.price_per_unit_in_base_currency = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("purchase_order_id", UNSET)
        obj.purchase_order_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("purchase_uom", UNSET)
        obj.purchase_uom = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_uom_conversion_rate", UNSET)
        obj.purchase_uom_conversion_rate = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity", UNSET)
        obj.quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("received_date", UNSET)
        obj.received_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("tax_rate_id", UNSET)
        obj.tax_rate_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("total", UNSET)
        obj.total = _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        _v = get("total_in_base_currency", UNSET)
        obj.total_in_base_currency = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("variant_id", UNSET)
        obj.variant_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
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


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .purchase_order_row_batch_transaction import PurchaseOrderRowBatchTransaction
