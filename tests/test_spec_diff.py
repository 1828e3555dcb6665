"""The change report: what a new Katana spec changes for callers, and whether it breaks them.

Two kinds of test. Small hand-written specs pin down each rule. Then Katana's snapshot is
changed the way a real release would change it (``change_upstream``) and built, and each
change must appear in the report with the right breaking flag.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from katana_spec.build import Overlay, load_yaml
from katana_spec.diff import (
    Change,
    Report,
    diff_specs,
    render_json,
    render_markdown,
    shape,
)
from katana_spec.overlay_health import Checked, build_checked

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "katana-openapi"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"

Doc = dict[str, Any]


# --- Katana's next release, as the tests imagine it -------------------------------------


def change_upstream(gateway: Doc, portal: Doc) -> None:
    """Change the snapshot's documents in place; every change touches a different part."""
    # An operation removed: its overlay corrections (operationId, summary, status) go stale.
    del gateway["paths"]["/recipes/{id}"]  # DELETE was its only operation
    # A response field added: the portal's example for getAllCustomers shows a new key.
    media = portal["paths"]["/customers"]["get"]["responses"]["200"]["content"]
    media["application/json"]["example"]["data"][0]["loyalty_tier"] = "gold"
    # A request field retyped: customer_id becomes a string.
    dto = gateway["components"]["schemas"]["CreateSalesOrderDto"]
    dto["properties"]["customer_id"] = {"type": "string"}
    params = {p["name"]: p for p in gateway["paths"]["/sales_orders"]["get"]["parameters"]}
    # An enum value added: a new production status, in the filter and so in SalesOrder.
    params["production_status"]["schema"]["enum"].append("ON_HOLD")
    # A parameter made required.
    params["customer_id"]["required"] = True
    # The portal now marks the operation deprecated, as the overlay did for it.
    portal["paths"]["/inventory_reorder_points"]["post"]["deprecated"] = True


@pytest.fixture(scope="module")
def snapshot() -> tuple[Doc, Doc]:
    return load_yaml(UPSTREAM / "live-gateway.yaml"), load_yaml(UPSTREAM / "readme-portal.yaml")


@pytest.fixture(scope="module")
def overlay() -> Overlay:
    return Overlay.load(OVERLAY_PATH)


@pytest.fixture(scope="module")
def changed(snapshot: tuple[Doc, Doc], overlay: Overlay) -> tuple[list[Change], Checked]:
    """The report's changes from the snapshot to the changed snapshot, and the build."""
    base = build_checked(*snapshot, overlay, redundant=False).spec
    gateway, portal = copy.deepcopy(snapshot)
    change_upstream(gateway, portal)
    checked = build_checked(
        gateway,
        portal,
        overlay,
        candidates=[
            "deprecated.createInventoryReorderPoint",
            "resources.makeToOrderManufacturingOrder",
        ],
    )
    return diff_specs(base, checked.spec), checked


def _find(changes: list[Change], kind: str, subject: str) -> Change:
    found = [c for c in changes if c.kind == kind and c.subject == subject]
    assert len(found) == 1, f"{kind} {subject} not in {[(c.kind, c.subject) for c in changes]}"
    return found[0]


@pytest.mark.slow
def test_snapshot_operation_removed_is_breaking(changed: tuple[list[Change], Checked]) -> None:
    change = _find(changed[0], "operation-removed", "deleteRecipe")
    assert change.breaking
    assert change.detail == "DELETE /recipes/{id}"


@pytest.mark.slow
def test_snapshot_response_field_added_is_not_breaking(
    changed: tuple[list[Change], Checked],
) -> None:
    change = _find(changed[0], "field-added", "Customer.loyalty_tier")
    assert not change.breaking
    assert change.direction == "response"
    assert "getAllCustomers" in change.operations


@pytest.mark.slow
def test_snapshot_request_field_retyped_is_breaking(changed: tuple[list[Change], Checked]) -> None:
    change = _find(changed[0], "field-retyped", "CreateSalesOrderDto.customer_id")
    assert change.breaking
    assert change.detail == "`integer` → `string`"
    assert change.operations == ("createSalesOrder",)


@pytest.mark.slow
def test_snapshot_enum_value_added_is_not_breaking(changed: tuple[list[Change], Checked]) -> None:
    in_filter = _find(changed[0], "enum-value-added", "getAllSalesOrders(production_status)")
    in_model = _find(changed[0], "enum-value-added", "SalesOrder.production_status")
    assert in_filter.detail == in_model.detail == "`ON_HOLD`"
    assert not in_filter.breaking
    assert not in_model.breaking


@pytest.mark.slow
def test_snapshot_parameter_made_required_is_breaking(
    changed: tuple[list[Change], Checked],
) -> None:
    change = _find(changed[0], "parameter-required", "getAllSalesOrders(customer_id)")
    assert change.breaking


@pytest.mark.slow
def test_snapshot_changes_nothing_else(changed: tuple[list[Change], Checked]) -> None:
    """Only what was changed is reported (besides the removed operation's own fallout)."""
    subjects = {(c.kind, c.subject) for c in changed[0]}
    assert subjects == {
        ("operation-removed", "deleteRecipe"),
        ("field-added", "Customer.loyalty_tier"),
        ("field-retyped", "CreateSalesOrderDto.customer_id"),
        ("enum-value-added", "getAllSalesOrders(production_status)"),
        ("enum-value-added", "SalesOrder.production_status"),
        ("parameter-required", "getAllSalesOrders(customer_id)"),
    }


@pytest.mark.slow
def test_overlay_entries_of_a_removed_operation_are_stale(
    changed: tuple[list[Change], Checked],
) -> None:
    assert changed[1].stale == [
        "operation_ids.DELETE /recipes/{id}",
        "success_status.deleteRecipe",
        "summaries.deleteRecipe",
    ]


@pytest.mark.slow
def test_overlay_entry_the_upstream_now_covers_is_redundant(
    changed: tuple[list[Change], Checked],
) -> None:
    # The portal now says what `deprecated: [createInventoryReorderPoint]` said;
    # `resources.makeToOrderManufacturingOrder` is still needed.
    assert changed[1].redundant == ["deprecated.createInventoryReorderPoint"]


@pytest.mark.slow
def test_unchanged_snapshot_has_a_healthy_overlay(
    snapshot: tuple[Doc, Doc], overlay: Overlay
) -> None:
    checked = build_checked(
        *snapshot, overlay, candidates=["deprecated.createInventoryReorderPoint"]
    )
    assert checked.stale == []
    assert checked.redundant == []


# --- the rules, on small specs ------------------------------------------------------------


def _spec(
    params: list[Doc] | None = None,
    request: Doc | None = None,
    response: Doc | None = None,
    *,
    op_id: str = "getThing",
    path: str = "/things",
    extra_schemas: Doc | None = None,
) -> Doc:
    """A spec with one operation; ``request``/``response`` are the Thing schemas."""
    operation: Doc = {
        "operationId": op_id,
        "parameters": params or [],
        "responses": {"200": {"description": "ok"}},
    }
    schemas: Doc = dict(extra_schemas or {})
    if request is not None:
        schemas["ThingDto"] = request
        operation["requestBody"] = {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingDto"}}}
        }
    if response is not None:
        schemas["Thing"] = response
        operation["responses"]["200"]["content"] = {
            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
        }
    return {"paths": {path: {"post": operation}}, "components": {"schemas": schemas}}


def _obj(required: list[str] | None = None, **props: Doc) -> Doc:
    out: Doc = {"type": "object", "properties": props}
    if required:
        out["required"] = required
    return out


def _only(old: Doc, new: Doc) -> Change:
    changes = diff_specs(old, new)
    assert len(changes) == 1, changes
    return changes[0]


INT: Doc = {"type": "integer"}
STR: Doc = {"type": "string"}
DECIMAL: Doc = {
    "anyOf": [{"type": "number"}, {"type": "string"}],
    "x-katana-type": "decimal",
}


def test_identical_specs_have_no_changes() -> None:
    spec = _spec([{"in": "query", "name": "q", "schema": STR}], _obj(a=INT), _obj(id=INT))
    assert diff_specs(spec, copy.deepcopy(spec)) == []


def test_added_operation_is_not_breaking() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    new["paths"]["/other"] = {"get": {"operationId": "getOther", "responses": {}}}
    change = _only(old, new)
    assert (change.kind, change.subject, change.breaking) == ("operation-added", "getOther", False)


@pytest.mark.parametrize(
    ("key", "was", "now"),
    [
        ("x-katana-idempotent", False, True),
        ("x-katana-list", {"items": "root", "pagination": "none"}, {"items": "data"}),
        # The model a body is read with where none is documented (POST /bom_rows).
        ("x-katana-record", None, "Thing"),
    ],
)
def test_changed_operation_behaviour_is_reported(key: str, was: Any, now: Any) -> None:
    old, new = _spec(), _spec()
    if was is not None:
        old["paths"]["/things"]["post"][key] = was
    new["paths"]["/things"]["post"][key] = now
    change = _only(old, new)
    assert (change.kind, change.subject, change.breaking) == (
        "operation-behaviour",
        "getThing",
        False,
    )
    assert key in change.detail


def test_renamed_operation_is_breaking() -> None:
    change = _only(_spec(op_id="getThing"), _spec(op_id="fetchThing"))
    assert (change.kind, change.breaking) == ("operation-renamed", True)
    assert change.operations == ("getThing", "fetchThing")


def test_moved_operation_is_not_breaking() -> None:
    change = _only(_spec(path="/things"), _spec(path="/v2/things"))
    assert (change.kind, change.breaking) == ("operation-moved", False)


def test_new_optional_parameter_is_not_breaking() -> None:
    change = _only(_spec(), _spec([{"in": "query", "name": "q", "schema": STR}]))
    assert (change.kind, change.subject, change.breaking) == (
        "parameter-added",
        "getThing(q)",
        False,
    )


def test_new_required_parameter_is_breaking() -> None:
    param = {"in": "query", "name": "q", "required": True, "schema": STR}
    change = _only(_spec(), _spec([param]))
    assert (change.kind, change.breaking) == ("parameter-added", True)


def test_removed_parameter_is_breaking() -> None:
    change = _only(_spec([{"in": "query", "name": "q", "schema": STR}]), _spec())
    assert (change.kind, change.breaking) == ("parameter-removed", True)


def test_parameter_made_optional_is_not_breaking() -> None:
    old = _spec([{"in": "query", "name": "q", "required": True, "schema": STR}])
    change = _only(old, _spec([{"in": "query", "name": "q", "schema": STR}]))
    assert (change.kind, change.breaking) == ("parameter-optional", False)


def test_parameter_widened_from_integer_to_decimal_is_not_breaking() -> None:
    old = _spec([{"in": "query", "name": "q", "schema": INT}])
    change = _only(old, _spec([{"in": "query", "name": "q", "schema": DECIMAL}]))
    assert (change.kind, change.breaking) == ("parameter-retyped", False)
    assert change.detail == "`integer` → `decimal`"


def test_new_optional_request_field_is_not_breaking() -> None:
    change = _only(_spec(request=_obj(a=INT)), _spec(request=_obj(a=INT, b=STR)))
    assert (change.kind, change.subject, change.breaking) == ("field-added", "ThingDto.b", False)
    assert change.direction == "request"


def test_new_required_request_field_is_breaking() -> None:
    new = _spec(request=_obj(["b"], a=INT, b=STR))
    change = _only(_spec(request=_obj(a=INT)), new)
    assert (change.kind, change.breaking) == ("field-added", True)


def test_request_field_made_required_is_breaking() -> None:
    change = _only(_spec(request=_obj(a=INT)), _spec(request=_obj(["a"], a=INT)))
    assert (change.kind, change.breaking) == ("field-required", True)


def test_request_field_narrowed_is_breaking() -> None:
    change = _only(_spec(request=_obj(a=DECIMAL)), _spec(request=_obj(a=INT)))
    assert (change.kind, change.breaking) == ("field-retyped", True)


def test_request_field_made_nullable_is_not_breaking() -> None:
    new = _spec(request=_obj(a={"type": ["integer", "null"]}))
    change = _only(_spec(request=_obj(a=INT)), new)
    assert (change.kind, change.breaking) == ("field-nullable", False)


def test_removed_response_field_is_breaking() -> None:
    change = _only(_spec(response=_obj(id=INT, a=STR)), _spec(response=_obj(id=INT)))
    assert (change.kind, change.subject, change.breaking) == ("field-removed", "Thing.a", True)
    assert change.operations == ("getThing",)


def test_new_response_field_is_not_breaking() -> None:
    change = _only(_spec(response=_obj(id=INT)), _spec(response=_obj(id=INT, a=STR)))
    assert (change.kind, change.breaking) == ("field-added", False)


def test_response_field_retyped_is_breaking_even_when_widened() -> None:
    change = _only(_spec(response=_obj(a=INT)), _spec(response=_obj(a=DECIMAL)))
    assert (change.kind, change.breaking) == ("field-retyped", True)


def test_response_field_made_nullable_is_breaking() -> None:
    new = _spec(response=_obj(a={"anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "null"}]}))
    old = _spec(response=_obj(a={"$ref": "#/components/schemas/X"}))
    changes = diff_specs(old, new)
    assert [(c.kind, c.breaking) for c in changes] == [("field-nullable", True)]


def test_response_string_given_a_format_is_retyped() -> None:
    new = _spec(response=_obj(at={"type": "string", "format": "date-time"}))
    change = _only(_spec(response=_obj(at=STR)), new)
    assert change.detail == "`string` → `string(date-time)`"


def test_nested_inline_field_change_is_found() -> None:
    old = _spec(request=_obj(rows={"type": "array", "items": _obj(qty=INT)}))
    new = _spec(request=_obj(rows={"type": "array", "items": _obj(qty=STR)}))
    change = _only(old, new)
    assert (change.subject, change.breaking) == ("ThingDto.rows[].qty", True)


def test_removed_enum_value_is_breaking_added_is_not() -> None:
    old = _spec(response=_obj(s={"type": "string", "enum": ["A", "B"]}))
    new = _spec(response=_obj(s={"type": "string", "enum": ["A", "C"]}))
    changes = {(c.kind, c.detail): c.breaking for c in diff_specs(old, new)}
    assert changes == {("enum-value-removed", "`B`"): True, ("enum-value-added", "`C`"): False}


def test_model_used_both_ways_is_judged_both_ways() -> None:
    # A field added to a model that is both sent and received: not breaking either way;
    # made required: breaking because it is sent.
    shared = {"Shared": _obj(a=INT)}
    old = _spec(request=_obj(s={"$ref": "#/components/schemas/Shared"}), extra_schemas=shared)
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Shared"] = _obj(["a"], a=INT)
    old["components"]["schemas"]["Thing"] = _obj(s={"$ref": "#/components/schemas/Shared"})
    new["components"]["schemas"]["Thing"] = _obj(s={"$ref": "#/components/schemas/Shared"})
    for spec in (old, new):
        content = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
        spec["paths"]["/things"]["post"]["responses"]["200"]["content"] = content
    change = _only(old, new)
    assert change.subject == "Shared.a"
    assert change.direction == "request+response"
    assert change.breaking


def test_removed_model_is_breaking() -> None:
    old = _spec(extra_schemas={"Gone": _obj(a=INT)})
    change = _only(old, _spec())
    assert (change.kind, change.subject, change.breaking) == ("schema-removed", "Gone", True)


def test_descriptions_are_not_changes() -> None:
    old = _spec(response=_obj(a={"type": "string", "description": "old words"}))
    new = _spec(response=_obj(a={"type": "string", "description": "new words"}))
    assert diff_specs(old, new) == []


def test_shape_reads_the_project_decimal_and_nullable_refs() -> None:
    assert shape({**DECIMAL, "anyOf": [*DECIMAL["anyOf"], {"type": "null"}]}).label() == (
        "decimal|null"
    )
    assert shape({"anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "null"}]}).label() == (
        "X|null"
    )
    assert shape({}).label() == "any"


# --- rendering ------------------------------------------------------------------------------


def _report() -> Report:
    changes = diff_specs(
        _spec([{"in": "query", "name": "q", "schema": STR}], response=_obj(id=INT, a=STR)),
        _spec(response=_obj(id=INT, b=STR)),
    )
    return Report(
        "old.yaml",
        "new.yaml",
        changes,
        stale=["tags.X"],
        redundant=["deprecated.y"],
        confirmed=["reported.Thing.b"],
        contradicted={"reported.Thing.c": {"type": "integer"}},
    )


def test_markdown_lists_breaking_changes_first_then_the_overlay() -> None:
    text = render_markdown(_report())
    assert (
        text.index("## Breaking (2)") < text.index("## Not breaking (1)") < text.index("## Overlay")
    )
    assert "- **field removed** `Thing.a`: was `string` (response of `getThing`)" in text
    assert "- **parameter removed** `getThing(q)`: query parameter" in text
    assert "- `tags.X`" in text
    assert "- `deprecated.y`" in text
    assert "1 live report(s) are now confirmed" in text
    assert "- `reported.Thing.b`" in text
    assert '- `reported.Thing.c`: the documents now say `{"type": "integer"}`' in text


def test_markdown_says_when_there_are_no_changes() -> None:
    text = render_markdown(Report("a", "b", [], redundant=[], identical=True))
    assert "**No changes** for callers of the SDK." in text
    assert "No stale corrections." in text
    assert "No live report is confirmed or contradicted by Katana's documents." in text


def test_json_rendering_carries_every_change_and_flag() -> None:
    data = json.loads(render_json(_report()))
    assert data["breaking"] is True
    assert data["summary"] == {
        "changes": 3,
        "breaking": 2,
        "stale_overlay_entries": 1,
        "redundant_overlay_entries": 1,
        "confirmed_live_reports": 1,
        "contradicted_live_reports": 1,
    }
    removed = next(c for c in data["changes"] if c["kind"] == "field-removed")
    assert removed == {
        "kind": "field-removed",
        "title": "field removed",
        "breaking": True,
        "subject": "Thing.a",
        "detail": "was `string`",
        "direction": "response",
        "operations": ["getThing"],
    }
    assert data["overlay"] == {
        "stale": ["tags.X"],
        "redundant": ["deprecated.y"],
        "confirmed": ["reported.Thing.b"],
        "contradicted": {"reported.Thing.c": {"type": "integer"}},
    }
