"""Facts reported from live accounts are in the built spec, and the models read them.

KATANA_API.md, "Response shapes reported from the live API", lists what integrators saw
Katana send that its documents do not show. `FACTS` names, for each, where the built
spec reflects it; a test holds the table to the section, so a fact added there fails
here until it is reflected (or listed in `AT_RUN_TIME` with the reason).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from katana_spec.build import BuildError, Overlay
from katana_spec.infer import Hints, Reported, _scalar_schema, decimal_schema, fits

from katana_client.generated import models
from katana_client.testing import load_spec

ROOT = Path(__file__).resolve().parent.parent
KATANA_API = ROOT.parent / "shared" / "KATANA_API.md"
SPEC_PATH = ROOT / "openapi" / "katana-openapi.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
SECTION = "## Response shapes reported from the live API"

#: Each fact: the words of KATANA_API.md's live section it reflects (`;`-separated; none
#: for a row that only completes another), `Model.field` in the built spec, the type it
#: must have there: decimal, string, date-time, boolean, integer, any (kept as it came),
#: map (an object keyed by data), `list[Model]`, or `enum>=A,B` (at least these values).
FACTS_TABLE = """
getAllPurchaseOrderAccountingMetadata; bill_id | PurchaseOrderAccountingMetadata.bill_id | string
purchase_order_id | PurchaseOrderAccountingMetadata.purchase_order_id | integer
received_items_group_id | PurchaseOrderAccountingMetadata.received_items_group_id | integer
| PurchaseOrderAccountingMetadata.billId | string
custom_fields; X-Custom-Fields-Format; {field_name, field_value} | Variant.custom_fields | any
| SalesOrder.custom_fields | map
Factory.default_po_lead_time | Factory.default_po_lead_time | string
default_so_delivery_time | Factory.default_so_delivery_time | string
planned_time_per_unit | ManufacturingOrderOperationRow.planned_time_per_unit | decimal
planned_time_parameter | ManufacturingOrderOperationRow.planned_time_parameter | decimal
planned_time_* | ProductOperationRow.planned_time_per_unit | decimal
planned_time_* | ProductOperationRow.planned_time_parameter | decimal
time | ManufacturingOrderProductionOperation.time | decimal
value | InventorySafetyStockLevel.value | decimal
value | InventoryReorderPoint.value | decimal
cogs_value | SalesOrderRow.cogs_value | decimal
cost | ManufacturingOrderRecipeRow.cost | decimal
completed_quantity | ManufacturingOrder.completed_quantity | decimal
remaining_quantity | ManufacturingOrder.remaining_quantity | decimal
includes_partial_completions | ManufacturingOrder.includes_partial_completions | boolean
total_consumed_quantity | ManufacturingOrderRecipeRow.total_consumed_quantity | decimal
total_remaining_quantity | ManufacturingOrderRecipeRow.total_remaining_quantity | decimal
total_consumed_time | ManufacturingOrderOperationRow.total_consumed_time | decimal
total_remaining_time | ManufacturingOrderOperationRow.total_remaining_time | decimal
safety_stock_level | Inventory.safety_stock_level | decimal
default_storage_bin | Inventory.default_storage_bin | any
archived_at | Inventory.archived_at | date-time
tax_rate | SalesOrderRow.tax_rate | decimal
serial_number_transactions | SalesOrderRow.serial_number_transactions | list[SalesOrderRowSerialNumberTransaction]
abc_classification | Variant.abc_classification | enum>=A,B,C
lead_time | Product.lead_time | decimal
minimum_order_quantity | Product.minimum_order_quantity | decimal
deleted_at | Product.deleted_at | date-time
serial_tracked | Material.serial_tracked | boolean
operations_in_sequence | Material.operations_in_sequence | boolean
deleted_at | Material.deleted_at | date-time
name | Factory.name | string
currency | Factory.currency | string
timezone | Factory.timezone | string
address | Factory.address | any
role | User.role | string
status | User.status | string
created_at | User.created_at | date-time
updated_at | User.updated_at | date-time
last_login_at | User.last_login_at | date-time
default | CustomerAddress.default | boolean
sales_return_rows | SalesReturn.sales_return_rows | list[SalesReturnRow]
created_at | SalesOrderFulfillment.created_at | date-time
updated_at | SalesOrderFulfillment.updated_at | date-time
status; PARTIALLY_PACKED; PARTIALLY_DELIVERED; READY_FOR_FULFILLMENT | SalesOrder.status | enum>=PARTIALLY_PACKED,PARTIALLY_DELIVERED,READY_FOR_FULFILLMENT,PENDING
invoice_status; PARTIALLY_INVOICED | SalesOrderFulfillment.invoice_status | enum>=PARTIALLY_INVOICED,INVOICED
resource_type; ManufacturingOrder; ManufacturingOrderRecipeRow | InventoryMovement.resource_type | enum>=ManufacturingOrder,ManufacturingOrderRecipeRow,Production
invoicing_status; invoiced; notInvoiced; partiallyInvoiced | SalesOrder.invoicing_status | enum>=invoiced,notInvoiced,partiallyInvoiced
POST /serial_numbers; {successful: [...], failed: [...]} | SerialNumbersResult.successful | list[SerialNumber]
| SerialNumbersResult.failed | list[SerialNumberFailure]
"""  # noqa: E501
FACTS = [
    (tuple(w.strip() for w in words.split(";") if w.strip()), where.strip(), kind.strip())
    for words, where, kind in (line.split("|") for line in FACTS_TABLE.strip().splitlines())
]

#: Facts the generic run-time rules handle (envelope and status tolerance in the
#: request core), so the spec keeps Katana's documented shape and status for them.
AT_RUN_TIME = {
    '{"data": [...]}': "either list envelope is read on every list operation",
    "GET /serial_numbers": "list envelope",
    "/serial_numbers_stock": "list envelope",
    "/operators": "list envelope",
    "GET /bin_locations": "list envelope",
    "POST /bom_rows": "a body on a documented 204 is read",
    "DELETE /serial_numbers": "a 204 on a documented body reads as None",
}


def _live_section() -> str:
    text = KATANA_API.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start : end if end != -1 else None]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data = dict(load_spec(SPEC_PATH).document)  # parsed once per session: read only
    return data


def _type_of(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """The expected-type word of a property schema of the built spec (see FACTS)."""
    schemas = spec["components"]["schemas"]
    branches = [b for b in schema.get("anyOf", [schema]) if b != {"type": "null"}]
    if schema.get("x-katana-type") == "decimal":
        return "decimal"
    if not branches or not {"type", "anyOf", "$ref"} & set(schema):
        return "any"
    (only,) = branches
    if "$ref" in only:
        target = schemas[only["$ref"].rsplit("/", 1)[-1]]
        if "enum" in target:
            return "enum:" + ",".join(target["enum"])
        if target.get("additionalProperties") is True and not target.get("properties"):
            return "map"
        return "model"
    kinds = only["type"] if isinstance(only["type"], list) else [only["type"]]
    (kind,) = [k for k in kinds if k != "null"]
    if kind == "array":
        return f"list[{only['items']['$ref'].rsplit('/', 1)[-1]}]"
    if kind == "string" and "enum" in only:
        return "enum:" + ",".join(v for v in only["enum"] if v is not None)
    if kind == "string" and only.get("format") == "date-time":
        return "date-time"
    return str(kind)


@pytest.mark.parametrize(("words", "where", "expected"), FACTS, ids=[f[1] for f in FACTS])
def test_each_live_fact_shows_in_the_built_spec(
    spec: dict[str, Any], words: tuple[str, ...], where: str, expected: str
) -> None:
    model, _, name = where.partition(".")
    schema = spec["components"]["schemas"][model]["properties"][name]
    found = _type_of(spec, schema)
    if expected.startswith("enum>="):
        assert found.startswith("enum:"), found
        assert set(expected[6:].split(",")) <= set(found[5:].split(","))
    else:
        assert found == expected


def test_every_fact_of_the_live_section_is_in_the_table() -> None:
    mentioned = set(re.findall(r"`([^`]+)`", _live_section()))
    covered = {word for words, _, _ in FACTS for word in words} | set(AT_RUN_TIME)
    assert mentioned - covered == set()
    assert covered - mentioned == set(), "the table names words the section no longer has"


def test_the_serial_number_record_no_longer_merges_the_create_answer(
    spec: dict[str, Any],
) -> None:
    record = spec["components"]["schemas"]["SerialNumber"]
    assert record["required"] == ["id"]
    assert not {"successful", "failed"} & set(record["properties"])
    create = spec["paths"]["/serial_numbers"]["post"]["responses"]["200"]
    assert create["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SerialNumbersResult"
    }


def test_every_reported_entry_names_its_source_in_a_comment() -> None:
    lines = OVERLAY_PATH.read_text(encoding="utf-8").splitlines()
    start = lines.index("reported:")
    end = next(i for i in range(start + 1, len(lines)) if re.match(r"[a-z_]+:", lines[i]))
    comment, in_comment, checked = "", False, 0
    for line in lines[start + 1 : end]:
        if line.startswith("  #"):
            comment = (comment if in_comment else "") + line
            in_comment = True
            continue
        in_comment = False
        if re.match(r"  [A-Z]\w+\.\w+:", line):
            # The nearest comment above the entry (its group's) names the source.
            assert re.search(r"Live report|Portal example", comment), line
            checked += 1
    assert checked == len(Overlay.load(OVERLAY_PATH).section("reported"))


# --- the generated models read the live shapes into their typed fields -----------------


def test_times_and_rates_read_as_decimals() -> None:
    row = models.ManufacturingOrderOperationRow.from_dict(
        {
            "id": 1,
            "planned_time_per_unit": "0.0300000000",
            "planned_time_parameter": 1.5,
            "total_consumed_time": "12.5",
            "total_remaining_time": 0,
        }
    )
    assert row.planned_time_per_unit == Decimal("0.0300000000")
    assert str(row.planned_time_per_unit) == "0.0300000000"
    assert row.planned_time_parameter == Decimal("1.5")
    assert row.total_consumed_time == Decimal("12.5")
    assert row.total_remaining_time == Decimal(0)
    product_row = models.ProductOperationRow.from_dict({"planned_time_per_unit": "0.25"})
    assert product_row.planned_time_per_unit == Decimal("0.25")
    operation = models.ManufacturingOrderProductionOperation.from_dict({"id": 1, "time": "7.5"})
    assert operation.time == Decimal("7.5")
    level = models.InventorySafetyStockLevel.from_dict({"value": "10.00000"})
    assert level.value == Decimal("10.00000")
    point = models.InventoryReorderPoint.from_dict({"value": "2.5"})
    assert point.value == Decimal("2.5")
    sales_row = models.SalesOrderRow.from_dict({"id": 1, "cogs_value": "3.20", "tax_rate": "20.0"})
    assert (sales_row.cogs_value, sales_row.tax_rate) == (Decimal("3.20"), Decimal("20.0"))
    recipe_row = models.ManufacturingOrderRecipeRow.from_dict({"id": 1, "cost": "0.1"})
    assert recipe_row.cost == Decimal("0.1")


def test_factory_lead_times_read_as_strings() -> None:
    factory = models.Factory.from_dict(
        {"default_po_lead_time": "14", "default_so_delivery_time": None, "timezone": "UTC"}
    )
    assert factory.default_po_lead_time == "14"
    assert factory.default_so_delivery_time is None
    assert factory.timezone == "UTC"


@pytest.mark.parametrize(
    "value",
    [
        {"5b0e6d9c-2f3a-4d4b-9a51-0c7e2d1f8a11": "blue"},
        [{"field_name": "Colour", "field_value": "blue"}],
        None,
    ],
    ids=["by-uuid", "list", "null"],
)
def test_variant_custom_fields_read_in_either_shape(value: Any) -> None:
    variant = models.Variant.from_dict({"id": 1, "custom_fields": value})
    assert variant.custom_fields == value
    assert variant.to_dict()["custom_fields"] == value


def test_sales_order_custom_fields_are_reached_by_uuid() -> None:
    order = models.SalesOrder.from_dict({"id": 1, "custom_fields": {"uuid-1": "x"}})
    assert isinstance(order.custom_fields, models.SalesOrderCustomFields)
    assert order.custom_fields["uuid-1"] == "x"


def test_missing_fields_read_into_typed_fields() -> None:
    order = models.ManufacturingOrder.from_dict(
        {
            "id": 1,
            "completed_quantity": "2.5",
            "remaining_quantity": 7,
            "includes_partial_completions": True,
        }
    )
    assert order.completed_quantity == Decimal("2.5")
    assert order.remaining_quantity == Decimal(7)
    assert order.includes_partial_completions is True
    variant = models.Variant.from_dict({"id": 1, "abc_classification": "B"})
    assert variant.abc_classification == models.VariantAbcClassification.B
    returned = models.SalesReturn.from_dict({"id": 1, "sales_return_rows": [{"id": 2}]})
    rows = returned.sales_return_rows
    assert isinstance(rows, list)
    assert isinstance(rows[0], models.SalesReturnRow)
    row = models.SalesOrderRow.from_dict(
        {"id": 1, "serial_number_transactions": [{"serial_number_id": 4, "quantity": 1}]}
    )
    transactions = row.serial_number_transactions
    assert isinstance(transactions, list)
    assert transactions[0].serial_number_id == 4


def test_enum_values_seen_live_are_members() -> None:
    order = models.SalesOrder.from_dict(
        {"id": 1, "status": "READY_FOR_FULFILLMENT", "invoicing_status": "partiallyInvoiced"}
    )
    assert order.status == models.SalesOrderStatus.READY_FOR_FULFILLMENT
    assert order.invoicing_status == models.SalesOrderInvoicingStatus("partiallyInvoiced")
    fulfillment = models.SalesOrderFulfillment.from_dict(
        {"id": 1, "invoice_status": "PARTIALLY_INVOICED"}
    )
    assert fulfillment.invoice_status == models.SalesOrderFulfillmentInvoiceStatus(
        "PARTIALLY_INVOICED"
    )
    movement = models.InventoryMovement.from_dict(
        {"id": 1, "resource_type": "ManufacturingOrderRecipeRow"}
    )
    assert movement.resource_type == models.InventoryMovementResourceType(
        "ManufacturingOrderRecipeRow"
    )


def test_accounting_metadata_reads_either_casing() -> None:
    live = models.PurchaseOrderAccountingMetadata.from_dict(
        {"id": 1, "bill_id": "1082", "purchase_order_id": 311, "received_items_group_id": 9}
    )
    assert (live.bill_id, live.purchase_order_id, live.received_items_group_id) == (
        "1082",
        311,
        9,
    )
    portal = models.PurchaseOrderAccountingMetadata.from_dict(
        {"id": 1, "billId": "1082", "purchaseOrderId": 311, "porReceivedGroupId": 9}
    )
    assert (portal.billId, portal.purchaseOrderId, portal.por_received_group_id) == (
        "1082",
        311,
        9,
    )


def test_the_create_answer_and_the_record_are_two_models() -> None:
    answer = models.SerialNumbersResult.from_dict(
        {
            "successful": [{"id": 1, "serial_number": "SN1", "resource_type": "Production"}],
            "failed": [{"serial_number": "SN2", "reason": "NOT_IN_STOCK"}],
        }
    )
    successful, failed = answer.successful, answer.failed
    assert isinstance(successful, list)
    assert isinstance(failed, list)
    assert isinstance(successful[0], models.SerialNumber)
    assert successful[0].serial_number == "SN1"
    assert isinstance(failed[0], models.SerialNumberFailure)
    assert failed[0].reason == "NOT_IN_STOCK"


# --- the decimal rule (scripts/katana_spec/infer.py) ----------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "planned_time_per_unit",
        "planned_time_parameter",
        "total_consumed_time",
        "time",
        "lead_time",
        "value",
        "cogs_value",
        "value_in_stock",
        "cost",
        "cost_per_hour",
        "price_per_unit",
        "quantity",
        "tax_rate",
        "total",
    ],
)
def test_money_quantity_time_and_value_names_are_decimal_even_with_whole_examples(
    name: str,
) -> None:
    assert _scalar_schema(name, [0, 14, 60], Hints()) == decimal_schema()


@pytest.mark.parametrize(
    "name",
    ["id", "tax_rate_id", "variant_ids", "purchaseOrderId", "rank", "operator_count",
     "timezone", "lifetime", "field_value", "config_value", "group_boundary"],
)  # fmt: skip
def test_ids_counts_and_other_names_stay_integers(name: str) -> None:
    assert _scalar_schema(name, [0, 14, 60], Hints()) == {"type": "integer"}


def test_a_fraction_or_a_numeric_string_makes_any_name_decimal() -> None:
    assert _scalar_schema("group_boundary", [1, 2.5], Hints()) == decimal_schema()
    assert _scalar_schema("group_boundary", [1, "2"], Hints()) == decimal_schema()


def test_text_named_like_a_value_stays_text() -> None:
    assert _scalar_schema("field_value", ["12", "7"], Hints()) == {"type": "string"}
    assert _scalar_schema("value", ["10.00000"], Hints()) == decimal_schema()


def test_request_decimals_bounded_like_int32_ids_stay_decimals(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for dto, name in [
        ("ProductOperationRowUpdateDto", "cost_per_hour"),
        ("VariantUpdateDto", "minimum_order_quantity"),
        ("ProductUpdateDto", "purchase_uom_conversion_rate"),
    ]:
        assert schemas[dto]["properties"][name]["x-katana-type"] == "decimal", (dto, name)
    # The gateway's own `integer` is kept for what Katana validates on the way in.
    update = schemas["ProductOperationRowUpdateDto"]["properties"]["planned_time_per_unit"]
    assert update["type"] == "integer"


# --- reported entries: confirmed, contradicted, still needed --------------------------


def test_a_reported_type_is_confirmed_when_the_documents_say_the_same() -> None:
    entry = Reported.parse(
        "Factory.x", {"schema": {"type": "string"}, "documented": {"type": "integer"}}
    )
    assert entry.verdict({"type": "integer"}) is None  # documents unchanged: still needed
    assert entry.verdict(None) is None  # documents silent: still needed
    assert entry.verdict({"type": "string"}, ["x"]) == "confirmed"
    assert entry.verdict({"type": "boolean"}, [True, None]) == "contradicted"


def test_documents_whose_examples_the_entry_still_reads_do_not_contradict_it() -> None:
    entry = Reported.parse(
        "Factory.lead_time",
        {"schema": {"type": "string"}, "documented": {"type": "string", "format": "date-time"}},
    )
    # "14" is a string, as seen live, though the name rule would make the field decimal.
    assert entry.verdict(decimal_schema(), ["14"]) is None
    assert entry.verdict(decimal_schema(), [14]) == "contradicted"


def test_a_reported_field_the_documents_never_showed_is_contradicted_by_another_type() -> None:
    entry = Reported.parse("M.f", {"schema": "decimal"})
    assert entry.schema == decimal_schema()
    assert entry.verdict(None) is None
    assert entry.verdict(decimal_schema(), [1]) == "confirmed"
    assert entry.verdict({"type": "string"}, ["many"]) == "contradicted"


@pytest.mark.parametrize(
    ("schema", "good", "bad"),
    [
        (decimal_schema(), ["2.5", 3, 0.5], ["many", True, {}]),
        ({"type": "string"}, ["14"], [14, {}]),
        ({"type": ["integer", "null"]}, [3], [True, "3", 2.5]),
        ({"type": "boolean"}, [False], [0]),
        ({"$ref": "#/components/schemas/X"}, [{}], [[]]),
        ({"type": "array", "items": {}}, [[1]], [{}]),
        ({"description": "any"}, [1, "x", [], {}], []),
    ],
)
def test_fits_tells_the_json_kinds_a_schema_allows(
    schema: dict[str, Any], good: list[Any], bad: list[Any]
) -> None:
    assert all(fits(schema, v) for v in good)
    assert not any(fits(schema, v) for v in bad)


def test_reported_enum_values_are_confirmed_once_all_are_documented() -> None:
    entry = Reported.parse("M.status", {"enum": ["A", "B"]})
    assert entry.verdict(["A", "C"]) is None
    assert entry.verdict(["A", "B", "C"]) == "confirmed"


@pytest.mark.parametrize(
    "raw",
    [{"schema": {}, "enum": ["A"]}, {}, {"schema": {}, "typo": 1}, "decimal"],
)
def test_a_malformed_reported_entry_fails_the_build(raw: Any) -> None:
    with pytest.raises(BuildError, match=r"reported\.M\.f"):
        Overlay({"reported": {"M.f": raw}}).hints()


def test_a_field_both_reported_and_retyped_fails_the_build() -> None:
    overlay = Overlay(
        {"reported": {"M.f": {"schema": "decimal"}}, "field_types": {"M.f": {"type": "string"}}}
    )
    with pytest.raises(BuildError, match="both `reported` and"):
        overlay.hints()
