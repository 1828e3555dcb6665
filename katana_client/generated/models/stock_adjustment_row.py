"""StockAdjustmentRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

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
    to_json_value,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "batch_transactions",
        "cost_per_unit",
        "quantity",
        "traceability",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class StockAdjustmentRow:
    """StockAdjustmentRow

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    batch_transactions: list[StockAdjustmentRowBatchTransaction] | None | Unset = UNSET
    cost_per_unit: Decimal | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    traceability: list[StockAdjustmentRowTraceability] | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.batch_transactions is not UNSET:
            field_dict["batch_transactions"] = to_json_value(self.batch_transactions)
        if self.cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = self.cost_per_unit
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.traceability is not UNSET:
            field_dict["traceability"] = to_json_value(self.traceability)
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
        _v = get("batch_transactions", UNSET)
        if _v.__class__ is list:
            _read_batch_transactions = StockAdjustmentRowBatchTransaction.from_dict
            _batch_transactions: list[Any] = []
            for _i in _v:
                _batch_transactions.append(
                    _read_batch_transactions(_i) if _i.__class__ is dict else _i
                )
            _v = _batch_transactions
        obj.batch_transactions = _v
        _v = get("cost_per_unit", UNSET)
        obj.cost_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity", UNSET)
        obj.quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("traceability", UNSET)
        if _v.__class__ is list:
            _read_traceability = StockAdjustmentRowTraceability.from_dict
            _traceability: list[Any] = []
            for _i in _v:
                _traceability.append(_read_traceability(_i) if _i.__class__ is dict else _i)
            _v = _traceability
        obj.traceability = _v
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
from .stock_adjustment_row_batch_transaction import StockAdjustmentRowBatchTransaction
from .stock_adjustment_row_traceability import StockAdjustmentRowTraceability
