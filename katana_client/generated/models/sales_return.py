"""SalesReturn: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
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
        "created_at",
        "currency",
        "customer_id",
        "order_created_date",
        "order_no",
        "refund_status",
        "return_date",
        "return_location_id",
        "sales_order_id",
        "status",
        "updated_at",
    }
)
_new = object.__new__


@define(kw_only=True)
class SalesReturn:
    """SalesReturn

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    additional_info: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    order_created_date: datetime.datetime | None | Unset = UNSET
    order_no: str | None | Unset = UNSET
    refund_status: SalesReturnRefundStatus | None | Unset = UNSET
    return_date: datetime.datetime | None | Unset = UNSET
    return_location_id: int | None | Unset = UNSET
    sales_order_id: int | None | Unset = UNSET
    status: SalesReturnStatus | None | Unset = UNSET
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
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.customer_id is not UNSET:
            field_dict["customer_id"] = self.customer_id
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = to_json_value(self.order_created_date)
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.refund_status is not UNSET:
            field_dict["refund_status"] = to_json_value(self.refund_status)
        if self.return_date is not UNSET:
            field_dict["return_date"] = to_json_value(self.return_date)
        if self.return_location_id is not UNSET:
            field_dict["return_location_id"] = self.return_location_id
        if self.sales_order_id is not UNSET:
            field_dict["sales_order_id"] = self.sales_order_id
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
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
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("currency", UNSET)
        obj.currency = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("customer_id", UNSET)
        obj.customer_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("order_created_date", UNSET)
        obj.order_created_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("order_no", UNSET)
        obj.order_no = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("refund_status", UNSET)
        obj.refund_status = to_enum(SalesReturnRefundStatus, _v)
        _v = get("return_date", UNSET)
        obj.return_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("return_location_id", UNSET)
        obj.return_location_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("sales_order_id", UNSET)
        obj.sales_order_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("status", UNSET)
        obj.status = to_enum(SalesReturnStatus, _v)
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
from .sales_return_refund_status import SalesReturnRefundStatus
from .sales_return_status import SalesReturnStatus
