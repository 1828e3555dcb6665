"""PurchaseOrder: a model of the Katana API (generated; do not edit)."""

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
        "billing_status",
        "created_at",
        "currency",
        "default_group_id",
        "deleted_at",
        "entity_type",
        "expected_arrival_date",
        "ingredient_availability",
        "ingredient_expected_date",
        "last_document_status",
        "location_id",
        "order_created_date",
        "order_no",
        "purchase_order_rows",
        "status",
        "supplier",
        "supplier_id",
        "total",
        "total_in_base_currency",
        "tracking_location_id",
        "updated_at",
    }
)
_new = object.__new__


@define(kw_only=True)
class PurchaseOrder:
    """PurchaseOrder

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    additional_info: str | None | Unset = UNSET
    billing_status: PurchaseOrderBillingStatus | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    default_group_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    entity_type: PurchaseOrderEntityType | None | Unset = UNSET
    expected_arrival_date: datetime.datetime | None | Unset = UNSET
    ingredient_availability: PurchaseOrderIngredientAvailability | None | Unset = UNSET
    ingredient_expected_date: datetime.datetime | None | Unset = UNSET
    last_document_status: PurchaseOrderLastDocumentStatus | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    order_created_date: datetime.datetime | None | Unset = UNSET
    order_no: str | None | Unset = UNSET
    purchase_order_rows: list[PurchaseOrderRow] | None | Unset = UNSET
    status: PurchaseOrderStatus | None | Unset = UNSET
    supplier: Supplier | None | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    total: Decimal | None | Unset = UNSET
    total_in_base_currency: Decimal | None | Unset = UNSET
    tracking_location_id: int | None | Unset = UNSET
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
        if self.billing_status is not UNSET:
            field_dict["billing_status"] = to_json_value(self.billing_status)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.default_group_id is not UNSET:
            field_dict["default_group_id"] = self.default_group_id
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.entity_type is not UNSET:
            field_dict["entity_type"] = to_json_value(self.entity_type)
        if self.expected_arrival_date is not UNSET:
            field_dict["expected_arrival_date"] = to_json_value(self.expected_arrival_date)
        if self.ingredient_availability is not UNSET:
            field_dict["ingredient_availability"] = to_json_value(self.ingredient_availability)
        if self.ingredient_expected_date is not UNSET:
            field_dict["ingredient_expected_date"] = to_json_value(self.ingredient_expected_date)
        if self.last_document_status is not UNSET:
            field_dict["last_document_status"] = to_json_value(self.last_document_status)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = to_json_value(self.order_created_date)
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.purchase_order_rows is not UNSET:
            field_dict["purchase_order_rows"] = to_json_value(self.purchase_order_rows)
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.supplier is not UNSET:
            field_dict["supplier"] = to_json_value(self.supplier)
        if self.supplier_id is not UNSET:
            field_dict["supplier_id"] = self.supplier_id
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.total_in_base_currency is not UNSET:
            field_dict["total_in_base_currency"] = self.total_in_base_currency
        if self.tracking_location_id is not UNSET:
            field_dict["tracking_location_id"] = self.tracking_location_id
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
        _v = get("billing_status", UNSET)
        obj.billing_status = to_enum(PurchaseOrderBillingStatus, _v)
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("currency", UNSET)
        obj.currency = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("default_group_id", UNSET)
        obj.default_group_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("entity_type", UNSET)
        obj.entity_type = to_enum(PurchaseOrderEntityType, _v)
        _v = get("expected_arrival_date", UNSET)
        obj.expected_arrival_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("ingredient_availability", UNSET)
        obj.ingredient_availability = to_enum(PurchaseOrderIngredientAvailability, _v)
        _v = get("ingredient_expected_date", UNSET)
        obj.ingredient_expected_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("last_document_status", UNSET)
        obj.last_document_status = to_enum(PurchaseOrderLastDocumentStatus, _v)
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("order_created_date", UNSET)
        obj.order_created_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("order_no", UNSET)
        obj.order_no = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_order_rows", UNSET)
        if _v.__class__ is list:
            _read_purchase_order_rows = PurchaseOrderRow.from_dict
            _purchase_order_rows: list[Any] = []
            for _i in _v:
                _purchase_order_rows.append(
                    _read_purchase_order_rows(_i) if _i.__class__ is dict else _i
                )
            _v = _purchase_order_rows
        obj.purchase_order_rows = _v
        _v = get("status", UNSET)
        obj.status = to_enum(PurchaseOrderStatus, _v)
        _v = get("supplier", UNSET)
        obj.supplier = Supplier.from_dict(_v) if _v.__class__ is dict else _v
        _v = get("supplier_id", UNSET)
        obj.supplier_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("total", UNSET)
        obj.total = _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        _v = get("total_in_base_currency", UNSET)
        obj.total_in_base_currency = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("tracking_location_id", UNSET)
        obj.tracking_location_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
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
from .purchase_order_billing_status import PurchaseOrderBillingStatus
from .purchase_order_entity_type import PurchaseOrderEntityType
from .purchase_order_ingredient_availability import PurchaseOrderIngredientAvailability
from .purchase_order_last_document_status import PurchaseOrderLastDocumentStatus
from .purchase_order_row import PurchaseOrderRow
from .purchase_order_status import PurchaseOrderStatus
from .supplier import Supplier
