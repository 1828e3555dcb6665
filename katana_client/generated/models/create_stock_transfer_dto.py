"""CreateStockTransferDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "source_location_id",
        "stock_transfer_number",
        "stock_transfer_rows",
        "target_location_id",
        "additional_info",
        "expected_arrival_date",
        "order_created_date",
        "transfer_date",
    }
)
_new = object.__new__


@define(kw_only=True)
class CreateStockTransferDto:
    """CreateStockTransferDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    source_location_id: int
    stock_transfer_number: str
    stock_transfer_rows: list[CreateStockTransferRowDto]
    target_location_id: int
    additional_info: str | None | Unset = UNSET
    expected_arrival_date: str | None | Unset = UNSET
    order_created_date: str | None | Unset = UNSET
    transfer_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.source_location_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["source_location_id"] = self.source_location_id
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.stock_transfer_number is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["stock_transfer_number"] = self.stock_transfer_number
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.stock_transfer_rows is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["stock_transfer_rows"] = to_json_value(self.stock_transfer_rows)
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.target_location_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["target_location_id"] = self.target_location_id
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.expected_arrival_date is not UNSET:
            field_dict["expected_arrival_date"] = self.expected_arrival_date
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = self.order_created_date
        if self.transfer_date is not UNSET:
            field_dict["transfer_date"] = self.transfer_date
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
        _v = get("source_location_id", UNSET)
        obj.source_location_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("stock_transfer_number", UNSET)
        obj.stock_transfer_number = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("stock_transfer_rows", UNSET)
        if _v.__class__ is list:
            _read_stock_transfer_rows = CreateStockTransferRowDto.from_dict
            _stock_transfer_rows: list[Any] = []
            for _i in _v:
                _stock_transfer_rows.append(
                    _read_stock_transfer_rows(_i) if _i.__class__ is dict else _i
                )
            _v = _stock_transfer_rows
        obj.stock_transfer_rows = _v
        _v = get("target_location_id", UNSET)
        obj.target_location_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("additional_info", UNSET)
        obj.additional_info = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("expected_arrival_date", UNSET)
        obj.expected_arrival_date = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("order_created_date", UNSET)
        obj.order_created_date = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("transfer_date", UNSET)
        obj.transfer_date = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
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
from .create_stock_transfer_row_dto import CreateStockTransferRowDto
