"""UpdateSalesOrderRowDto: a model of the Katana API (generated; do not edit)."""

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
        "attributes",
        "batch_transactions",
        "custom_fields",
        "location_id",
        "price_per_unit",
        "quantity",
        "serial_number_transactions",
        "tax_rate_id",
        "total_discount",
        "traceability",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class UpdateSalesOrderRowDto:
    """UpdateSalesOrderRowDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    attributes: list[CreateSalesOrderRowAttributeDto] | Unset = UNSET
    batch_transactions: list[UpdateBatchTransactionDto] | Unset = UNSET
    custom_fields: UpdateSalesOrderRowDtoCustomFieldsType0 | None | Unset = UNSET
    location_id: int | Unset = UNSET
    price_per_unit: Decimal | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    serial_number_transactions: list[UpdateSerialNumberTransactionDto] | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    total_discount: Decimal | Unset = UNSET
    traceability: list[TraceabilityInputItemDto] | Unset = UNSET
    variant_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.attributes is not UNSET:
            field_dict["attributes"] = to_json_value(self.attributes)
        if self.batch_transactions is not UNSET:
            field_dict["batch_transactions"] = to_json_value(self.batch_transactions)
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.price_per_unit is not UNSET:
            field_dict["price_per_unit"] = self.price_per_unit
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.serial_number_transactions is not UNSET:
            field_dict["serial_number_transactions"] = to_json_value(
                self.serial_number_transactions
            )
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.total_discount is not UNSET:
            field_dict["total_discount"] = self.total_discount
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
        _v = get("attributes", UNSET)
        if _v.__class__ is list:
            _read_attributes = CreateSalesOrderRowAttributeDto.from_dict
            _attributes: list[Any] = []
            for _i in _v:
                _attributes.append(_read_attributes(_i) if _i.__class__ is dict else _i)
            _v = _attributes
        obj.attributes = _v
        _v = get("batch_transactions", UNSET)
        if _v.__class__ is list:
            _read_batch_transactions = UpdateBatchTransactionDto.from_dict
            _batch_transactions: list[Any] = []
            for _i in _v:
                _batch_transactions.append(
                    _read_batch_transactions(_i) if _i.__class__ is dict else _i
                )
            _v = _batch_transactions
        obj.batch_transactions = _v
        _v = get("custom_fields", UNSET)
        obj.custom_fields = (
            UpdateSalesOrderRowDtoCustomFieldsType0.from_dict(_v) if _v.__class__ is dict else _v
        )
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("price_per_unit", UNSET)
        obj.price_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity", UNSET)
        obj.quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("serial_number_transactions", UNSET)
        if _v.__class__ is list:
            _read_serial_number_transactions = UpdateSerialNumberTransactionDto.from_dict
            _serial_number_transactions: list[Any] = []
            for _i in _v:
                _serial_number_transactions.append(
                    _read_serial_number_transactions(_i) if _i.__class__ is dict else _i
                )
            _v = _serial_number_transactions
        obj.serial_number_transactions = _v
        _v = get("tax_rate_id", UNSET)
        obj.tax_rate_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("total_discount", UNSET)
        obj.total_discount = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("traceability", UNSET)
        if _v.__class__ is list:
            _read_traceability = TraceabilityInputItemDto.from_dict
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
from .create_sales_order_row_attribute_dto import CreateSalesOrderRowAttributeDto
from .traceability_input_item_dto import TraceabilityInputItemDto
from .update_batch_transaction_dto import UpdateBatchTransactionDto
from .update_sales_order_row_dto_custom_fields_type_0 import UpdateSalesOrderRowDtoCustomFieldsType0
from .update_serial_number_transaction_dto import UpdateSerialNumberTransactionDto
