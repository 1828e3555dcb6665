"""Stocktake: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_bool,
    to_datetime,
    to_enum,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "additional_info",
        "completed_date",
        "created_at",
        "deleted_at",
        "location_id",
        "reason",
        "set_remaining_items_as_counted",
        "started_date",
        "status",
        "status_update_in_progress",
        "stock_adjustment_id",
        "stocktake_created_date",
        "stocktake_number",
        "stocktake_rows",
        "updated_at",
    }
)
_new = object.__new__


@define(kw_only=True)
class Stocktake:
    """Stocktake

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    additional_info: str | None | Unset = UNSET
    completed_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    reason: str | None | Unset = UNSET
    set_remaining_items_as_counted: bool | None | Unset = UNSET
    started_date: datetime.datetime | None | Unset = UNSET
    status: StocktakeStatus | None | Unset = UNSET
    status_update_in_progress: bool | None | Unset = UNSET
    stock_adjustment_id: int | None | Unset = UNSET
    stocktake_created_date: datetime.datetime | None | Unset = UNSET
    stocktake_number: str | None | Unset = UNSET
    stocktake_rows: list[StocktakeRow] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.completed_date is not UNSET:
            field_dict["completed_date"] = to_json_value(self.completed_date)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.set_remaining_items_as_counted is not UNSET:
            field_dict["set_remaining_items_as_counted"] = self.set_remaining_items_as_counted
        if self.started_date is not UNSET:
            field_dict["started_date"] = to_json_value(self.started_date)
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.status_update_in_progress is not UNSET:
            field_dict["status_update_in_progress"] = self.status_update_in_progress
        if self.stock_adjustment_id is not UNSET:
            field_dict["stock_adjustment_id"] = self.stock_adjustment_id
        if self.stocktake_created_date is not UNSET:
            field_dict["stocktake_created_date"] = to_json_value(self.stocktake_created_date)
        if self.stocktake_number is not UNSET:
            field_dict["stocktake_number"] = self.stocktake_number
        if self.stocktake_rows is not UNSET:
            field_dict["stocktake_rows"] = to_json_value(self.stocktake_rows)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
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
        _v = get("additional_info", UNSET)
        obj.additional_info = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("completed_date", UNSET)
        obj.completed_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("reason", UNSET)
        obj.reason = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("set_remaining_items_as_counted", UNSET)
        obj.set_remaining_items_as_counted = (
            _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        )
        _v = get("started_date", UNSET)
        obj.started_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("status", UNSET)
        obj.status = to_enum(StocktakeStatus, _v)
        _v = get("status_update_in_progress", UNSET)
        obj.status_update_in_progress = (
            _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        )
        _v = get("stock_adjustment_id", UNSET)
        obj.stock_adjustment_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("stocktake_created_date", UNSET)
        obj.stocktake_created_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("stocktake_number", UNSET)
        obj.stocktake_number = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("stocktake_rows", UNSET)
        if _v.__class__ is list:
            _read_stocktake_rows = StocktakeRow.from_dict
            _stocktake_rows: list[Any] = []
            for _i in _v:
                _stocktake_rows.append(_read_stocktake_rows(_i) if _i.__class__ is dict else _i)
            _v = _stocktake_rows
        obj.stocktake_rows = _v
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
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
from .stocktake_row import StocktakeRow
from .stocktake_status import StocktakeStatus
