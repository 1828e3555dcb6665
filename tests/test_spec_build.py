"""The built spec: complete, valid, typed, deterministic, and steered by the overlay."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from katana_spec.build import BuildError, build_spec, dump
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "katana-openapi"
SPEC_PATH = ROOT / "openapi" / "katana-openapi.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
METHODS = ("get", "put", "post", "patch", "delete")


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def _enum_values(spec: dict[str, Any], schema: dict[str, Any]) -> set[Any]:
    """The values an enum field allows, null included, through `anyOf` and `$ref`."""
    if "$ref" in schema:
        return _enum_values(spec, spec["components"]["schemas"][schema["$ref"].split("/")[-1]])
    if "anyOf" in schema:
        return set().union(*(_enum_values(spec, branch) for branch in schema["anyOf"]))
    if schema.get("type") == "null":
        return {None}
    return set(schema["enum"])


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in doc["paths"].items()
        for method in METHODS
        if method in item
    ]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return _load(SPEC_PATH)


@pytest.fixture(scope="module")
def gateway() -> dict[str, Any]:
    return _load(UPSTREAM / "live-gateway.yaml")


@pytest.mark.slow
def test_committed_spec_passes_openapi_spec_validator(spec: dict[str, Any]) -> None:
    validate(spec)


@pytest.mark.slow
def test_every_gateway_operation_is_in_the_spec(
    spec: dict[str, Any], gateway: dict[str, Any]
) -> None:
    built = {(m, p) for p, m, _ in _operations(spec)}
    upstream = {(m, p) for p, m, _ in _operations(gateway)}
    assert len(upstream) == 223
    assert built == upstream


@pytest.mark.slow
def test_operation_ids_are_readable_and_unique(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in _operations(spec)]
    assert len(ids) == len(set(ids))
    snake = [re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", i).lower() for i in ids]
    assert len(snake) == len(set(snake)), "two operations would share a module name"
    for op_id in ids:
        assert "Controller" not in op_id
        assert re.fullmatch(r"[a-z][A-Za-z0-9]*", op_id), op_id


@pytest.mark.slow
def test_each_operation_has_one_resource_tag(spec: dict[str, Any]) -> None:
    for _, _, op in _operations(spec):
        assert len(op["tags"]) == 1
        assert re.fullmatch(r"[a-z][a-z_]*", op["tags"][0]), op["tags"]
    tags = {op["operationId"]: op["tags"][0] for _, _, op in _operations(spec)}
    assert tags["getAllProducts"] == "products"
    assert tags["makeToOrderManufacturingOrder"] == "manufacturing_orders"
    assert tags["getUserInfo"] == "users"


@pytest.mark.slow
def test_json_encoded_query_objects_are_replaced_by_flat_parameters(
    spec: dict[str, Any],
) -> None:
    ops = {op["operationId"]: op for _, _, op in _operations(spec)}
    for _, _, op in _operations(spec):
        for param in op.get("parameters", []):
            assert param["name"] not in ("pagination", "dateFilter")
            assert "content" not in param
    names = {p["name"] for p in ops["getAllProducts"]["parameters"]}
    assert {"page", "limit", "created_at_min", "created_at_max"} <= names
    assert {"updated_at_min", "updated_at_max", "name", "ids", "extend"} <= names


@pytest.mark.slow
def test_every_portal_response_example_validates_against_its_derived_schema(
    spec: dict[str, Any],
) -> None:
    checked = 0
    for _, _, op in _operations(spec):
        for response in op["responses"].values():
            media = response.get("content", {}).get("application/json", {})
            if "example" not in media:
                continue
            schema = {**media["schema"], "components": spec["components"]}
            errors = list(OAS31Validator(schema).iter_errors(media["example"]))
            assert not errors, f"{op['operationId']}: {errors[0].message}"
            checked += 1
    assert checked >= 170


@pytest.mark.slow
def test_every_operation_with_a_body_has_a_named_response_model(
    spec: dict[str, Any],
) -> None:
    untyped = []
    for _, method, op in _operations(spec):
        for code, response in op["responses"].items():
            if not code.startswith("2") or "content" not in response:
                continue
            schema = response["content"]["application/json"]["schema"]
            ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
            if ref is None:
                untyped.append((method, op["operationId"]))
    # Katana documents a 200 for deleteSerialNumbers but never shows its body.
    assert untyped == [("delete", "deleteSerialNumbers")]


@pytest.mark.slow
def test_list_responses_are_lists_of_the_resource_model(spec: dict[str, Any]) -> None:
    ops = {op["operationId"]: op for _, _, op in _operations(spec)}
    schemas = spec["components"]["schemas"]
    products = ops["getAllProducts"]["responses"]["200"]["content"]["application/json"]
    assert products["schema"] == {"$ref": "#/components/schemas/ProductList"}
    data = schemas["ProductList"]["properties"]["data"]
    assert data["items"] == {"$ref": "#/components/schemas/Product"}
    operators = ops["getOperators"]["responses"]["200"]["content"]["application/json"]
    assert operators["schema"]["type"] == "array"
    assert ops["getAllProducts"]["x-katana-list"] == {"items": "data", "pagination": "query"}
    assert ops["getOperators"]["x-katana-list"]["items"] == "root"
    assert ops["searchSalesOrders"]["x-katana-list"] == {"items": "data", "pagination": "body"}


@pytest.mark.slow
def test_an_operation_documented_without_a_body_names_its_resources_record(
    spec: dict[str, Any],
) -> None:
    ops = {op["operationId"]: op for _, _, op in _operations(spec)}
    # KATANA_API.md: POST /bom_rows, documented 204, answers 200 with the created row.
    assert ops["batchCreateBomRows"]["x-katana-record"] == "BomRow"
    assert ops["deleteProduct"]["x-katana-record"] == "Product"
    # No operation on /bom_rows/batch/create answers a model: nothing to read with.
    assert "x-katana-record" not in ops["createBomRow"]
    # Documented with a body: read with the documented model, not a record.
    assert "x-katana-record" not in ops["getProduct"]


@pytest.mark.slow
def test_nested_examples_are_merged_into_the_resource_model(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    product = schemas["Product"]["properties"]
    assert product["variants"]["items"] == {"$ref": "#/components/schemas/Variant"}
    assert {"$ref": "#/components/schemas/Supplier"} in product["supplier"]["anyOf"]
    # `custom_fields` and `lead_time` only appear on variants nested elsewhere or single.
    assert {"custom_fields", "lead_time", "sales_price"} <= set(schemas["Variant"]["properties"])


@pytest.mark.slow
def test_money_and_quantities_are_decimals_and_fields_are_nullable(
    spec: dict[str, Any],
) -> None:
    row = spec["components"]["schemas"]["SalesOrderRow"]
    assert row["required"] == ["id"]
    for name in ("quantity", "price_per_unit", "total"):
        assert row["properties"][name]["x-katana-type"] == "decimal"
        assert {"type": "null"} in row["properties"][name]["anyOf"]
    assert "null" in row["properties"]["variant_id"]["type"]
    tax_rate = spec["components"]["schemas"]["SalesOrderRow"]["properties"]["tax_rate_id"]
    assert "x-katana-type" not in tax_rate


@pytest.mark.slow
def test_enums_come_from_gateway_filters_and_overlay(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    status = schemas["SalesOrder"]["properties"]["status"]
    assert {"NOT_SHIPPED", "DELIVERED"} <= _enum_values(spec, status)
    po_status = schemas["PurchaseOrder"]["properties"]["last_document_status"]
    assert _enum_values(spec, po_status) - {None} == {"NOT_SENT", "SENDING", "SENT", "FAILED"}


@pytest.mark.slow
def test_broken_portal_examples_are_unwrapped_by_the_overlay(spec: dict[str, Any]) -> None:
    assert (
        "ManufacturingOrderOperationRowMoOperationRowResponseExample"
        not in spec["components"]["schemas"]
    )
    ops = {op["operationId"]: op for _, _, op in _operations(spec)}
    example = ops["getManufacturingOrderOperationRow"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]
    assert "id" in example


@pytest.mark.slow
def test_repeat_safety_comes_from_the_spec(spec: dict[str, Any]) -> None:
    ops = {op["operationId"]: op for _, _, op in _operations(spec)}
    assert ops["createSalesOrder"]["x-katana-idempotent"] is False
    assert ops["receivePurchaseOrder"]["x-katana-idempotent"] is False
    assert ops["searchSalesOrders"]["x-katana-idempotent"] is True
    assert ops["getAllProducts"]["x-katana-idempotent"] is True
    assert ops["deleteSalesOrder"]["x-katana-idempotent"] is True
    assert ops["updateSalesOrder"]["x-katana-idempotent"] is True


@pytest.mark.slow
def test_build_is_deterministic_and_matches_the_committed_spec() -> None:
    first, _ = build_spec(UPSTREAM, OVERLAY_PATH)
    second, _ = build_spec(UPSTREAM, OVERLAY_PATH)
    assert dump(first) == dump(second)
    assert dump(first) == SPEC_PATH.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_stale_overlay_entry_fails_the_build(tmp_path: Path) -> None:
    overlay = _load(OVERLAY_PATH)
    overlay["resources"]["noSuchOperation"] = "Nothing"
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump(overlay), encoding="utf-8")
    with pytest.raises(BuildError, match=r"stale.*resources\.noSuchOperation"):
        build_spec(UPSTREAM, path)


@pytest.mark.slow
def test_a_gateway_only_operation_without_an_overlay_id_fails_clearly(
    tmp_path: Path,
) -> None:
    overlay = _load(OVERLAY_PATH)
    del overlay["operation_ids"]["GET /user_info"]
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump(overlay), encoding="utf-8")
    with pytest.raises(BuildError, match=r"GET /user_info .*only in the gateway"):
        build_spec(UPSTREAM, path)


@pytest.mark.slow  # a child process
def test_cli_reports_a_missing_upstream_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_spec.py"), str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "upstream document not found" in result.stderr
