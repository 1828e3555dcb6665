"""The shapes live Katana answers in, where they differ from the portal's examples.

`FakeKatana(shapes="live")` applies these to every answer it gives. Each is a fact from
`KATANA_API.md` (beside the repository), section "Response shapes reported from the
live API" ("live shapes" below): integrators' reports, unverified by Katana's documents,
kept here as data so that a test can run the SDK against what Katana really sends.
Values are plausible, not exact: what matters is the shape (an envelope, a decimal as a
string, a key in snake_case, an enum value the examples never show).
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

from ._spec import KatanaSpec, Operation

__all__ = ["SHAPES", "live_answer"]

#: What `FakeKatana(shapes=...)` accepts: the spec's examples, or these live shapes.
SHAPES: Final = ("examples", "live")

# -- envelopes and statuses ---------------------------------------------------------------

#: operationId -> the envelope live Katana answers with ("data": `{"data": [...]}`,
#: "root": a bare array). Live shapes, "List envelopes".
ENVELOPES: Final[Mapping[str, str]] = {
    "getSerialNumbers": "data",  # GET /serial_numbers; the portal shows a bare array
    "getSerialNumberStock": "data",  # GET /serial_numbers_stock; ditto
    "getOperators": "data",  # GET /operators; ditto
    "getAllBinLocations": "root",  # GET /bin_locations; the portal shows {"data": [...]}
}

#: operationIds answered 200 with the created record where the portal documents 204.
#: Live shapes: "`POST /bom_rows` answers 200 with the created row".
RECORD_INSTEAD_OF_204: Final = frozenset({"batchCreateBomRows"})

#: operationIds answered 204 without a body where the portal documents one.
#: Live shapes: "`DELETE /serial_numbers` answers 204".
EMPTY_INSTEAD_OF_BODY: Final = frozenset({"deleteSerialNumbers"})

#: Live shapes: "`POST /serial_numbers` answers `{successful: [...], failed: [...]}`, a
#: different shape from a serial number record". The portal's example has it already;
#: the fake makes sure of it whatever the spec holds.
SERIAL_NUMBER_RESULTS: Final = frozenset({"createSerialNumbers"})

# -- fields, per model (the schema name in the spec) --------------------------------------

_UUID_A: Final = "37460d24-ea57-416d-888e-bea7c0505642"
_UUID_B: Final = "8f0c2a4e-5b1d-4c3e-9a7f-2d6e1b0c9a84"

#: Fields sent as decimal strings: model -> {field: places}. Live shapes, "Times and
#: rates are decimals, often as strings".
DECIMAL_STRINGS: Final[Mapping[str, Mapping[str, int]]] = {
    # "MO operation rows' `planned_time_per_unit` / `planned_time_parameter`
    # ("0.0300000000")"
    "ManufacturingOrderOperationRow": {
        "planned_time_per_unit": 10,
        "planned_time_parameter": 10,
        "total_consumed_time": 10,
        "total_remaining_time": 10,
    },
    # "product operation rows' `planned_time_*`"
    "ProductOperationRow": {"planned_time_per_unit": 10, "planned_time_parameter": 10},
    # "production operation `time`" (the `operations` of a production, see NESTED)
    "ManufacturingOrderProductionOperation": {"time": 10},
    # "inventory safety stock and reorder point `value` ("10.00000")"
    "InventorySafetyStockLevel": {"value": 5},
    "InventoryReorderPoint": {"value": 5},
    # "sales order row `cogs_value`"
    "SalesOrderRow": {"cogs_value": 10},
    # "recipe row `cost`"
    "ManufacturingOrderRecipeRow": {"cost": 10},
}

#: Fields whose live value replaces the example's: model -> {field: value}.
REPLACED: Final[Mapping[str, Mapping[str, Any]]] = {
    # "`Factory.default_po_lead_time` and `default_so_delivery_time` are plain strings
    # such as "14" or null, not date-times"
    "Factory": {"default_po_lead_time": "14", "default_so_delivery_time": "14"},
}

#: Fields live Katana sends that the examples lack: model -> {field: plausible value}.
#: Live shapes, "Fields sent but absent from the examples".
EXTRA_FIELDS: Final[Mapping[str, Mapping[str, Any]]] = {
    "ManufacturingOrder": {
        "completed_quantity": "0.0000000000",
        "remaining_quantity": "1.0000000000",
        "includes_partial_completions": False,
    },
    "ManufacturingOrderRecipeRow": {
        "total_consumed_quantity": "0.0000000000",
        "total_remaining_quantity": "1.2000000000",
    },
    "ManufacturingOrderOperationRow": {
        "total_consumed_time": "0.0000000000",
        "total_remaining_time": "0.0300000000",
    },
    "Inventory": {
        "safety_stock_level": "2.00000",
        "default_storage_bin": None,
        "archived_at": None,
    },
    "SalesOrderRow": {
        "cogs_value": "12.5000000000",
        "tax_rate": "20.00",
        "serial_number_transactions": [],
    },
    "Product": {"lead_time": 7, "minimum_order_quantity": "1.00", "deleted_at": None},
    "Material": {"serial_tracked": False, "operations_in_sequence": False, "deleted_at": None},
    "Factory": {
        "name": "Galactic Empire Ltd",
        "currency": "EUR",
        "timezone": "Europe/Tallinn",
        "address": {"line_1": "Peetri 7", "city": "Tallinn", "zip": "10411", "country": "EE"},
    },
    "User": {
        "role": "admin",
        "status": "active",
        "created_at": "2024-01-02T10:00:00.000Z",
        "updated_at": "2024-01-02T10:00:00.000Z",
        "last_login_at": "2024-03-04T08:30:00.000Z",
    },
    "CustomerAddress": {"default": True},
    "SalesReturn": {"sales_return_rows": []},
    "SalesOrderFulfillment": {
        "created_at": "2024-01-02T10:00:00.000Z",
        "updated_at": "2024-01-02T10:00:00.000Z",
    },
}

#: Enum values seen live but not in the examples: model -> {field: values}; the records
#: of an answer take them in turn. Live shapes, "Enum values seen live".
LIVE_ENUMS: Final[Mapping[str, Mapping[str, tuple[Any, ...]]]] = {
    "SalesOrder": {
        "status": ("PARTIALLY_PACKED", "PARTIALLY_DELIVERED", "READY_FOR_FULFILLMENT"),
        "invoicing_status": ("invoiced", "notInvoiced", "partiallyInvoiced"),
    },
    "SalesOrderFulfillment": {"invoice_status": ("PARTIALLY_INVOICED",)},
    "InventoryMovement": {"resource_type": ("ManufacturingOrder", "ManufacturingOrderRecipeRow")},
    # "variants `abc_classification` (A, B, C or null)"
    "Variant": {"abc_classification": ("A", "B", "C", None)},
}

#: Models whose keys are snake_case live, camelCase in the portal; a key not listed is
#: converted by rule. Live shapes: "`getAllPurchaseOrderAccountingMetadata` uses
#: snake_case keys (`bill_id`, `purchase_order_id`, `received_items_group_id`, ...)".
SNAKE_CASE_KEYS: Final[Mapping[str, Mapping[str, str]]] = {
    "PurchaseOrderAccountingMetadata": {"porReceivedGroupId": "received_items_group_id"},
}

#: Models whose `custom_fields` is an object keyed by custom-field definition UUID.
#: Live shapes: "`custom_fields` on sales orders (and, depending on an
#: `X-Custom-Fields-Format` request header, on variants) is an object keyed by
#: custom-field definition UUID; variants may also send the list ... or null".
CUSTOM_FIELDS_BY_UUID: Final = frozenset({"SalesOrder", "SalesOrderRow", "Variant"})

#: Objects nested in a model, by key: (model, key) -> the nested objects' model.
NESTED: Final[Mapping[tuple[str, str], str]] = {
    ("SalesOrder", "sales_order_rows"): "SalesOrderRow",
    ("ManufacturingOrderProduction", "operations"): "ManufacturingOrderProductionOperation",
    ("Inventory", "variant"): "Variant",
    ("Product", "variants"): "Variant",
    ("Material", "variants"): "Variant",
}

# -- applying them ------------------------------------------------------------------------


def live_answer(
    spec: KatanaSpec, op: Operation, status: int, body: Any, request_body: Any
) -> tuple[int, Any]:
    """The (status, body) live Katana would send where the fake's spec says (status, body).

    `body` is not changed: the answer is a copy (the fake's state stays as it was).
    """
    if op.operation_id in EMPTY_INSTEAD_OF_BODY:
        return 204, None
    model = record_model(op)
    if op.operation_id in RECORD_INSTEAD_OF_204 and status == 204:
        sample = spec.sample(spec.resolve(f"#/components/schemas/{model}"), full=True)
        status, body = 200, {**sample, **(request_body or {})}
    if body is None:
        return status, body
    body = copy.deepcopy(body)
    if op.operation_id in SERIAL_NUMBER_RESULTS and not (
        isinstance(body, dict) and "successful" in body
    ):
        body = {"successful": body if isinstance(body, list) else [body], "failed": []}
    envelope = ENVELOPES.get(op.operation_id)
    if envelope == "data" and isinstance(body, list):
        body = {"data": body}
    elif envelope == "root" and isinstance(body, dict) and isinstance(body.get("data"), list):
        body = body["data"]
    if model is not None:
        _reshape_all(model, body.get("data", body) if isinstance(body, dict) else body)
    return status, body


def record_model(op: Operation) -> str | None:
    """The schema name of one record the operation answers with, if the spec names one."""
    if op.raw.get("x-katana-record"):
        return str(op.raw["x-katana-record"])
    for code, response in op.raw.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
        ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
        if not ref:
            return None
        name = str(ref).rsplit("/", 1)[-1]
        return name[: -len("List")] if op.list_items == "data" and name.endswith("List") else name
    return None


def _reshape(model: str, record: Any, index: int) -> None:
    """Turn one example `record` of `model` into its live shape, in place."""
    if not isinstance(record, dict):
        return
    for key, value in EXTRA_FIELDS.get(model, {}).items():
        record.setdefault(key, copy.deepcopy(value))
    record.update(REPLACED.get(model, {}))
    for key, values in LIVE_ENUMS.get(model, {}).items():
        record[key] = values[index % len(values)]
    _decimal_strings(record, DECIMAL_STRINGS.get(model, {}))
    if model in SNAKE_CASE_KEYS:
        renames = SNAKE_CASE_KEYS[model]
        for key in list(record):
            record[renames.get(key) or _snake(key)] = record.pop(key)
    if model in CUSTOM_FIELDS_BY_UUID:
        record["custom_fields"] = _by_uuid(record.get("custom_fields"))
    for (owner, key), nested in NESTED.items():
        if owner == model:
            _reshape_all(nested, record.get(key))


def _reshape_all(model: str, records: Any) -> None:
    for index, record in enumerate(records if isinstance(records, list) else [records]):
        _reshape(model, record, index)


def _decimal_strings(record: dict[str, Any], places_of: Mapping[str, int]) -> None:
    for key, places in places_of.items():
        value = record.get(key)
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            record[key] = f"{Decimal(str(value)):.{places}f}"


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).lower()


def _by_uuid(fields: Any) -> dict[str, Any]:
    """`custom_fields` as an object keyed by definition UUID, from either live form."""
    if isinstance(fields, dict):
        return fields or {_UUID_A: "note for picker"}
    out: dict[str, Any] = {}
    for position, item in enumerate(fields if isinstance(fields, list) else []):
        if isinstance(item, dict):
            name = str(item.get("field_name", position))
            out[str(uuid.uuid5(uuid.NAMESPACE_URL, name))] = item.get("field_value")
    return out or {_UUID_A: "note for picker", _UUID_B: "fragile"}
