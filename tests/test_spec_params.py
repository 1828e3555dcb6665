"""Parameter docstrings come from Katana's documents where they describe the parameter.

Two steps, tested apart: the build finds Katana's text for each gateway parameter
(katana_spec.params) and writes it as the parameter's `description` in the spec; the
generation plan (katana_spec.plan, tested in test_generation_plan.py) hands that
description to the templates, since openapi-python-client 0.29.1 reads a parameter
property's description from the parameter's schema only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from katana_spec.params import COMMON_MIN_USES, ParameterDocs, common_descriptions
from katana_spec.plan import parameter_docs

from katana_client.testing import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "katana-openapi.yaml"
METHODS = ("get", "put", "post", "patch", "delete")

DELETED = "Soft-deleted data is excluded from result set by default. Set to true to include it."


def _param(name: str, where: str = "query", text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "in": where, "schema": {"type": "string"}}
    if text is not None:
        out["description"] = text
    return out


def _op(*params: dict[str, Any]) -> dict[str, Any]:
    return {"parameters": list(params)}


# --- finding Katana's text (the build) ---------------------------------------------


def test_the_twin_operation_describes_a_parameter_of_the_same_name() -> None:
    docs = ParameterDocs.from_portal([])
    portal = _op(_param("name", text="Filters products by a name"))
    described = docs.describe(_param("name"), "/products", "/products", portal)
    assert described == "Filters products by a name"


def test_continuation_indentation_is_removed() -> None:
    docs = ParameterDocs.from_portal([])
    portal = _op(_param("sku", text="  Filters variants\n      by skus  "))
    assert docs.describe(_param("sku"), "/variants", "/variants", portal) == (
        "Filters variants\nby skus"
    )


def test_a_path_parameter_named_otherwise_is_found_by_its_place_in_the_path() -> None:
    docs = ParameterDocs.from_portal([])
    portal = _op(_param("batch_id", "path", "Batch id"))
    found = docs.describe(
        _param("id", "path"), "/batch_stocks/{id}", "/batch_stocks/{batch_id}", portal
    )
    assert found == "Batch id"


def test_the_place_in_the_path_counts_for_each_of_several_parameters() -> None:
    docs = ParameterDocs.from_portal([])
    portal = _op(_param("mo_id", "path", "Order id"), _param("row_id", "path", "Row id"))
    gateway, theirs = "/orders/{id}/rows/{rowId}", "/orders/{mo_id}/rows/{row_id}"
    assert docs.describe(_param("rowId", "path"), gateway, theirs, portal) == "Row id"
    assert docs.describe(_param("id", "path"), gateway, theirs, portal) == "Order id"


def test_a_query_parameter_is_never_matched_by_position() -> None:
    docs = ParameterDocs.from_portal([])
    portal = _op(_param("return_order_no", text="Filters sales returns by an order number"))
    assert docs.describe(_param("order_no"), "/sales_returns", "/sales_returns", portal) is None


def test_a_text_every_operation_gives_a_name_is_used_where_the_twin_has_none() -> None:
    portal_ops = [_op(_param("include_deleted", text=DELETED)) for _ in range(COMMON_MIN_USES)]
    docs = ParameterDocs.from_portal(portal_ops)
    found = docs.describe(_param("include_deleted"), "/things/{id}", "/things/{id}", _op())
    assert found == DELETED
    # Also when Katana does not document the operation at all.
    assert docs.describe(_param("include_deleted"), "/other", None, None) == DELETED


def test_names_whose_texts_differ_or_are_rare_are_not_guessed() -> None:
    portal_ops = [
        _op(_param("ids", text="Filters locations by an array of IDs")),
        _op(_param("ids", text="Filters products by an array of IDs")),
        _op(_param("ids", text="Filters variants by an array of IDs")),
        _op(_param("category_name", text="Filters services by a category name")),
    ]
    assert common_descriptions(portal_ops) == {}
    docs = ParameterDocs.from_portal(portal_ops)
    assert docs.describe(_param("category_name"), "/products", "/products", _op()) is None


def test_nothing_is_made_up_where_katana_says_nothing() -> None:
    docs = ParameterDocs.from_portal([])
    assert docs.describe(_param("is_primary"), "/locations", "/locations", _op()) is None
    assert docs.describe(_param("id", "path"), "/recipes/{id}", None, None) is None


# --- the built spec ------------------------------------------------------------------


def _spec() -> dict[str, Any]:
    data = dict(load_spec(SPEC_PATH).document)  # parsed once per session: read only
    return data


def _parameters(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (op["operationId"], p["name"]): p
        for item in spec["paths"].values()
        for method in METHODS
        if (op := item.get(method))
        for p in op.get("parameters", [])
    }


def test_the_committed_spec_describes_nearly_every_parameter() -> None:
    parameters = _parameters(_spec())
    missing = sorted(key for key, p in parameters.items() if not p.get("description"))
    assert len(parameters) == 698
    # The ones neither Katana document describes (listed so that a new one is noticed).
    assert len(missing) == 15, missing
    assert ("getAllProducts", "category_name") in missing


@pytest.mark.parametrize(
    ("operation", "name", "text"),
    [
        ("getAllProducts", "name", "Filters products by a name"),
        ("updateBatchStock", "id", "Batch id"),  # by its place in the path
        ("getSalesOrderFulfillment", "include_deleted", DELETED),  # Katana's one text
        ("getAllProducts", "page", "Page number, starting at 1."),  # the project's flat filters
    ],
)
def test_the_committed_spec_carries_katanas_text(operation: str, name: str, text: str) -> None:
    assert _parameters(_spec())[(operation, name)]["description"] == text


# --- handing descriptions to the templates (katana_spec.plan) -----------------------

SMALL_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/orders/{id}": {
            "get": {
                "operationId": "getOrder",
                "tags": ["orders"],
                "x-katana-idempotent": True,
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "description": "Order id",
                     "schema": {"type": "integer"}},
                    {"name": "state", "in": "query", "description": "Filters by a state",
                     "schema": {"type": "string", "enum": ["OPEN", "DONE"]}},
                    {"name": "note", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
}  # fmt: skip


def test_parameter_docs_reads_the_parameter_objects() -> None:
    assert parameter_docs(SMALL_SPEC) == {
        "getOrder": {"id": "Order id", "state": "Filters by a state"}
    }


def test_generated_docstrings_quote_katana_where_it_describes_the_parameter() -> None:
    module = ROOT / "katana_client" / "generated" / "api" / "products" / "get_all_products.py"
    text = module.read_text(encoding="utf-8")
    assert "name: Filters products by a name" in text
    assert "include_deleted: Soft-deleted data is excluded" in text
    assert "category_name: Query parameter `category_name`." in text  # Katana has nothing
