"""CompletePartiallyMoDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_bool,
    to_decimal,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "completed_quantity",
        "manufacturing_order_id",
        "batch_transaction",
        "completed_date",
        "ingredients",
        "is_final",
        "operations",
        "serial_numbers",
    }
)
_new = object.__new__


@define(kw_only=True)
class CompletePartiallyMoDto:
    """CompletePartiallyMoDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    completed_quantity: Decimal
    manufacturing_order_id: int
    batch_transaction: CompletePartiallyBatchDto | Unset = UNSET
    completed_date: str | Unset = UNSET
    ingredients: list[ProductionIngredientDto] | Unset = UNSET
    is_final: bool | Unset = UNSET
    operations: list[ProductionOperationDto] | Unset = UNSET
    serial_numbers: list[Decimal] | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.completed_quantity is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["completed_quantity"] = self.completed_quantity
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.manufacturing_order_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["manufacturing_order_id"] = self.manufacturing_order_id
        if self.batch_transaction is not UNSET:
            field_dict["batch_transaction"] = to_json_value(self.batch_transaction)
        if self.completed_date is not UNSET:
            field_dict["completed_date"] = self.completed_date
        if self.ingredients is not UNSET:
            field_dict["ingredients"] = to_json_value(self.ingredients)
        if self.is_final is not UNSET:
            field_dict["is_final"] = self.is_final
        if self.operations is not UNSET:
            field_dict["operations"] = to_json_value(self.operations)
        if self.serial_numbers is not UNSET:
            field_dict["serial_numbers"] = to_json_value(self.serial_numbers)
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
        _v = get("completed_quantity", UNSET)
        obj.completed_quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("manufacturing_order_id", UNSET)
        obj.manufacturing_order_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("batch_transaction", UNSET)
        obj.batch_transaction = (
            CompletePartiallyBatchDto.from_dict(_v) if _v.__class__ is dict else _v
        )
        _v = get("completed_date", UNSET)
        obj.completed_date = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("ingredients", UNSET)
        if _v.__class__ is list:
            _read_ingredients = ProductionIngredientDto.from_dict
            _ingredients: list[Any] = []
            for _i in _v:
                _ingredients.append(_read_ingredients(_i) if _i.__class__ is dict else _i)
            _v = _ingredients
        obj.ingredients = _v
        _v = get("is_final", UNSET)
        obj.is_final = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("operations", UNSET)
        if _v.__class__ is list:
            _read_operations = ProductionOperationDto.from_dict
            _operations: list[Any] = []
            for _i in _v:
                _operations.append(_read_operations(_i) if _i.__class__ is dict else _i)
            _v = _operations
        obj.operations = _v
        _v = get("serial_numbers", UNSET)
        if _v.__class__ is list:
            _serial_numbers: list[Any] = []
            for _i in _v:
                _serial_numbers.append(
                    _i if _i.__class__ is Decimal or _i is None or _i is UNSET else to_decimal(_i)
                )
            _v = _serial_numbers
        obj.serial_numbers = _v
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
from .complete_partially_batch_dto import CompletePartiallyBatchDto
from .production_ingredient_dto import ProductionIngredientDto
from .production_operation_dto import ProductionOperationDto
