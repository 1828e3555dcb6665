"""Compare two built specs and say what changes for callers of the generated SDK.

The question a maintainer asks before regenerating is not "which lines of the spec
changed" but "whose code stops working". So every change is judged by what it does to
code written against the current generated client:

- an operation, parameter, field, model or enum value that disappears is breaking: the
  function, keyword, attribute or enum member the caller uses is gone;
- a new *required* parameter or request field is breaking: existing calls lack it;
- a request type that no longer accepts what it accepted (narrowed) is breaking; one that
  accepts more (``integer`` -> ``decimal``, a new null) is not;
- a response field whose type changes at all, or that may now be null or missing, is
  breaking: the caller receives something its code was not written for;
- additions are not breaking. That includes a new enum value in a response: the SDK's
  enums are open (``OpenStrEnum``), so an unknown value does not fail a call.

A component schema is judged by where it is used: a request DTO by the request rules, a
response model by the response rules, one used both ways by both. Descriptions,
summaries and examples are documentation; they do not appear as changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

Doc = dict[str, Any]
METHODS = ("get", "put", "post", "patch", "delete")
REF_PREFIX = "#/components/schemas/"
REQUEST, RESPONSE = "request", "response"

#: Whether a change breaks callers, by the direction the data flows (see module doc).
_BREAKS: dict[str, dict[str, bool]] = {
    "added": {REQUEST: False, RESPONSE: False},
    "added-required": {REQUEST: True, RESPONSE: False},
    "removed": {REQUEST: True, RESPONSE: True},
    "widened": {REQUEST: False, RESPONSE: True},
    "retyped": {REQUEST: True, RESPONSE: True},
    "nullable": {REQUEST: False, RESPONSE: True},
    "non-nullable": {REQUEST: True, RESPONSE: False},
    "required": {REQUEST: True, RESPONSE: False},
    "optional": {REQUEST: False, RESPONSE: True},
    "enum-added": {REQUEST: False, RESPONSE: False},
    "enum-removed": {REQUEST: True, RESPONSE: True},
}

#: Human wording of each change kind, in the order the report lists them.
KINDS: dict[str, str] = {
    "operation-removed": "operation removed",
    "operation-renamed": "operation renamed",
    "operation-added": "operation added",
    "operation-moved": "operation moved",
    "operation-deprecated": "operation deprecated",
    "operation-behaviour": "operation behaviour changed",
    "parameter-removed": "parameter removed",
    "parameter-added": "parameter added",
    "parameter-required": "parameter made required",
    "parameter-optional": "parameter made optional",
    "parameter-retyped": "parameter retyped",
    "parameter-nullable": "parameter made nullable",
    "parameter-non-nullable": "parameter made non-nullable",
    "request-body-removed": "request body removed",
    "request-body-added": "request body added",
    "request-body-required": "request body made required",
    "response-body-removed": "response body removed",
    "response-body-added": "response body added",
    "response-status-changed": "success status changed",
    "schema-removed": "model removed",
    "schema-added": "model added",
    "field-removed": "field removed",
    "field-added": "field added",
    "field-retyped": "field retyped",
    "field-nullable": "field made nullable",
    "field-non-nullable": "field made non-nullable",
    "field-required": "field made required",
    "field-optional": "field made optional",
    "enum-value-removed": "enum value removed",
    "enum-value-added": "enum value added",
}


@dataclass(frozen=True)
class Change:
    """One change between two specs, as a caller of the SDK sees it."""

    kind: str
    breaking: bool
    subject: str
    detail: str = ""
    direction: str = ""
    operations: tuple[str, ...] = ()


@dataclass
class Report:
    """Everything the upgrade command shows: API changes and the overlay's health."""

    base: str
    target: str
    changes: list[Change]
    stale: list[str] = field(default_factory=list)
    redundant: list[str] | None = None
    #: ``reported`` (live) overlay entries Katana's documents now confirm (redundant).
    confirmed: list[str] = field(default_factory=list)
    #: ``reported`` entries the documents now contradict: entry -> what they now say.
    contradicted: dict[str, Any] = field(default_factory=dict)
    #: False when the spec text differs though no change is listed (documentation only);
    #: None when the caller did not compare the texts.
    identical: bool | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        """The changes that break callers."""
        return [c for c in self.changes if c.breaking]


# --- schema shapes ---------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """What a schema lets through, reduced to what decides the generated Python type."""

    types: frozenset[str]
    nullable: bool
    enum: frozenset[str] | None

    def label(self) -> str:
        """Short text such as ``string(date-time)|null`` or ``enum[3]``."""
        parts = sorted(self.types)
        if self.enum is not None:
            parts = [f"enum[{len(self.enum)}]" if p == "string" else p for p in parts]
        return "|".join(parts + (["null"] if self.nullable else []))


def ref_name(schema: Mapping[str, Any]) -> str | None:
    """Component name of a ``$ref`` schema, else None."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return ref[len(REF_PREFIX) :]
    return None


def shape(schema: Any) -> Shape:
    """Reduce a schema to its type labels, nullability and enum values.

    Labels: a model name for a ``$ref``, ``decimal`` for the project's number-or-string
    schema (and any number marked ``x-katana-type: decimal``), ``string(<format>)`` for
    formatted strings (they become ``datetime``/``date``), else the JSON type; ``any``
    for a schema that says nothing.
    """
    if not isinstance(schema, Mapping) or not schema:
        return Shape(frozenset({"any"}), False, None)
    name = ref_name(schema)
    if name is not None:
        return Shape(frozenset({name}), False, None)
    enum = _enum_values(schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return _union_shape(schema, branches, enum)
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return shape(schema["allOf"][0])
    return _typed_shape(schema, enum)


def _union_shape(
    schema: Mapping[str, Any], branches: list[Any], enum: frozenset[str] | None
) -> Shape:
    types: set[str] = set()
    nullable = False
    for branch in branches:
        part = shape(branch)
        nullable |= part.nullable
        types |= part.types - {"null"}
        if part.enum is not None:  # `anyOf: [{enum: [...]}, {type: "null"}]`
            enum = part.enum | (enum or frozenset())
    if schema.get("x-katana-type") == "decimal":
        types = {"decimal"}
    return Shape(frozenset(types or {"any"}), nullable, enum)


def _typed_shape(schema: Mapping[str, Any], enum: frozenset[str] | None) -> Shape:
    kind = schema.get("type")
    declared = [str(k) for k in kind] if isinstance(kind, list) else [str(kind)] if kind else []
    if declared == ["null"]:
        return Shape(frozenset({"null"}), True, None)
    nullable = "null" in declared or None in (schema.get("enum") or [])
    kinds = [k for k in declared if k != "null"]
    if not kinds:
        if "properties" in schema:
            kinds = ["object"]
        elif "items" in schema:
            kinds = ["array"]
        elif enum is not None:
            kinds = ["string"]
        else:
            return Shape(frozenset({"any"}), nullable, None)
    labels = {_type_label(k, schema) for k in kinds}
    return Shape(frozenset(labels), nullable, enum)


def _type_label(kind: str, schema: Mapping[str, Any]) -> str:
    if kind in ("number", "integer") and schema.get("x-katana-type") == "decimal":
        return "decimal"
    if kind == "string" and schema.get("format"):
        return f"string({schema['format']})"
    return kind


def _enum_values(schema: Mapping[str, Any]) -> frozenset[str] | None:
    if "enum" in schema and isinstance(schema["enum"], list):
        return frozenset(str(v) for v in schema["enum"] if v is not None)
    if "const" in schema and schema["const"] is not None:
        return frozenset({str(schema["const"])})
    return None


def accepts(new: frozenset[str], old: frozenset[str]) -> bool:
    """True when a value of every old type is still a value of some new type."""
    if "any" in new:
        return True
    for kind in old:
        if kind in new:
            continue
        if kind == "integer" and new & {"number", "decimal"}:
            continue
        if kind == "number" and "decimal" in new:
            continue
        return False
    return True


# --- walking the specs -----------------------------------------------------------------


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Doc]]:
    """Yield (method, path, operation) in path order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, Mapping) and method in item:
                yield method, path, item[method]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        name = ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _json_schema(holder: Mapping[str, Any] | None) -> Any:
    """The schema of a request body or response, preferring JSON media types."""
    content = (holder or {}).get("content") or {}
    for media_type in sorted(content, key=lambda m: "json" not in m):
        return (content[media_type] or {}).get("schema")
    return None


def success(operation: Mapping[str, Any]) -> tuple[str | None, Any]:
    """The first 2xx status of an operation and its response schema."""
    responses = {str(code): value for code, value in (operation.get("responses") or {}).items()}
    codes = sorted(code for code in responses if code.startswith("2"))
    if not codes:
        return None, None
    return codes[0], _json_schema(responses[codes[0]])


def usage(spec: Mapping[str, Any]) -> dict[str, dict[str, set[str]]]:
    """For every component schema, the operations that send it and that receive it."""
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    closure: dict[str, set[str]] = {}

    def reach(names: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name in seen or name not in schemas:
                continue
            seen.add(name)
            if name not in closure:
                closure[name] = set(_refs(schemas[name]))
            todo += closure[name]
        return seen

    out: dict[str, dict[str, set[str]]] = {}
    for _, _, op in iter_operations(spec):
        op_id = str(op.get("operationId", ""))
        sent = list(_refs(op.get("requestBody"))) + list(_refs(op.get("parameters")))
        received = list(_refs(success(op)[1]))
        for direction, roots in ((REQUEST, sent), (RESPONSE, received)):
            for name in reach(roots):
                out.setdefault(name, {REQUEST: set(), RESPONSE: set()})[direction].add(op_id)
    return out


# --- comparing -------------------------------------------------------------------------


@dataclass
class _Context:
    """Where a schema comparison is: its subject, data direction(s) and operations."""

    directions: frozenset[str]
    operations: tuple[str, ...]
    prefix: str  # "field" or "parameter"
    out: list[Change]

    def add(self, rule: str, kind: str, subject: str, detail: str = "") -> None:
        breaking = any(_BREAKS[rule][d] for d in self.directions)
        direction = "+".join(sorted(self.directions))
        self.out.append(Change(kind, breaking, subject, detail, direction, self.operations))


def _compare_schema(old: Any, new: Any, subject: str, ctx: _Context) -> None:
    """Compare two schemas found at the same place; nested inline objects recursively."""
    old = old if isinstance(old, Mapping) else {}
    new = new if isinstance(new, Mapping) else {}
    before, after = shape(old), shape(new)
    kind = ctx.prefix
    if before.types != after.types or (before.enum is None) != (after.enum is None):
        widened = accepts(after.types, before.types) and (
            after.enum is None or before.enum is not None
        )
        detail = f"`{before.label()}` → `{after.label()}`"
        ctx.add("widened" if widened else "retyped", f"{kind}-retyped", subject, detail)
    if before.nullable != after.nullable:
        if after.nullable:
            ctx.add("nullable", f"{kind}-nullable", subject, f"`{after.label()}`")
        else:
            ctx.add("non-nullable", f"{kind}-non-nullable", subject, f"`{after.label()}`")
    if before.enum is not None and after.enum is not None:
        for value in sorted(before.enum - after.enum):
            ctx.add("enum-removed", "enum-value-removed", subject, f"`{value}`")
        for value in sorted(after.enum - before.enum):
            ctx.add("enum-added", "enum-value-added", subject, f"`{value}`")
    if ref_name(old) is None and ref_name(new) is None:
        if "properties" in old or "properties" in new:
            _compare_properties(old, new, subject, ctx)
        old_items, new_items = old.get("items"), new.get("items")
        if isinstance(old_items, Mapping) and isinstance(new_items, Mapping):
            _compare_schema(old_items, new_items, f"{subject}[]", ctx)


def _compare_properties(
    old: Mapping[str, Any], new: Mapping[str, Any], subject: str, ctx: _Context
) -> None:
    fields = _Context(ctx.directions, ctx.operations, "field", ctx.out)
    old_props: Mapping[str, Any] = old.get("properties") or {}
    new_props: Mapping[str, Any] = new.get("properties") or {}
    old_required = set(old.get("required") or [])
    new_required = set(new.get("required") or [])
    for name in sorted(old_props.keys() - new_props.keys()):
        fields.add(
            "removed",
            "field-removed",
            f"{subject}.{name}",
            f"was `{shape(old_props[name]).label()}`",
        )
    for name in sorted(new_props.keys() - old_props.keys()):
        required = name in new_required
        detail = f"`{shape(new_props[name]).label()}`, {'required' if required else 'optional'}"
        fields.add(
            "added-required" if required else "added", "field-added", f"{subject}.{name}", detail
        )
    for name in sorted(old_props.keys() & new_props.keys()):
        where = f"{subject}.{name}"
        if name in new_required and name not in old_required:
            fields.add("required", "field-required", where)
        elif name in old_required and name not in new_required:
            fields.add("optional", "field-optional", where)
        _compare_schema(old_props[name], new_props[name], where, fields)


def _operation_index(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, Doc]]:
    return {str(op.get("operationId")): (m, p, op) for m, p, op in iter_operations(spec)}


def _param_key(param: Mapping[str, Any]) -> tuple[str, str]:
    return str(param.get("in", "")), str(param.get("name", ""))


def _compare_parameters(op_id: str, old: Doc, new: Doc, out: list[Change]) -> None:
    ctx = _Context(frozenset({REQUEST}), (op_id,), "parameter", out)
    before = {_param_key(p): p for p in old.get("parameters") or []}
    after = {_param_key(p): p for p in new.get("parameters") or []}
    for key in sorted(before.keys() - after.keys()):
        ctx.add("removed", "parameter-removed", f"{op_id}({key[1]})", f"{key[0]} parameter")
    for key in sorted(after.keys() - before.keys()):
        required = bool(after[key].get("required"))
        detail = f"{key[0]} parameter, {'required' if required else 'optional'}"
        rule = "added-required" if required else "added"
        ctx.add(rule, "parameter-added", f"{op_id}({key[1]})", detail)
    for key in sorted(before.keys() & after.keys()):
        subject = f"{op_id}({key[1]})"
        was, now = bool(before[key].get("required")), bool(after[key].get("required"))
        if now and not was:
            ctx.add("required", "parameter-required", subject, f"{key[0]} parameter")
        elif was and not now:
            ctx.add("optional", "parameter-optional", subject, f"{key[0]} parameter")
        _compare_schema(before[key].get("schema"), after[key].get("schema"), subject, ctx)


def _compare_operation(op_id: str, old: Doc, new: Doc, out: list[Change]) -> None:
    if new.get("deprecated") and not old.get("deprecated"):
        out.append(Change("operation-deprecated", False, op_id, operations=(op_id,)))
    for key in ("x-katana-list", "x-katana-idempotent", "x-katana-record"):
        if old.get(key) != new.get(key):
            detail = f"`{key}`: `{json.dumps(old.get(key))}` → `{json.dumps(new.get(key))}`"
            out.append(Change("operation-behaviour", False, op_id, detail, "", (op_id,)))
    _compare_parameters(op_id, old, new, out)
    _compare_request_body(op_id, old, new, out)
    _compare_response(op_id, old, new, out)


def _compare_request_body(op_id: str, old: Doc, new: Doc, out: list[Change]) -> None:
    request = _Context(frozenset({REQUEST}), (op_id,), "field", out)
    old_body, new_body = old.get("requestBody"), new.get("requestBody")
    if old_body and not new_body:
        request.add("removed", "request-body-removed", op_id)
    elif new_body and not old_body:
        required = bool(new_body.get("required"))
        request.add("added-required" if required else "added", "request-body-added", op_id)
    elif old_body and new_body:
        if new_body.get("required") and not old_body.get("required"):
            request.add("required", "request-body-required", op_id)
        _compare_schema(_json_schema(old_body), _json_schema(new_body), f"{op_id} request", request)


def _compare_response(op_id: str, old: Doc, new: Doc, out: list[Change]) -> None:
    response = _Context(frozenset({RESPONSE}), (op_id,), "field", out)
    (old_code, old_schema), (new_code, new_schema) = success(old), success(new)
    if old_code != new_code:
        detail = f"{old_code} → {new_code}"
        out.append(Change("response-status-changed", False, op_id, detail, RESPONSE, (op_id,)))
    if old_schema is not None and new_schema is None:
        response.add("removed", "response-body-removed", op_id)
    elif new_schema is not None and old_schema is None:
        response.add("added", "response-body-added", op_id, f"`{shape(new_schema).label()}`")
    elif old_schema is not None:
        _compare_schema(old_schema, new_schema, f"{op_id} response", response)


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` that a caller of the SDK can notice."""
    old, new = inline_enum_components(old), inline_enum_components(new)
    out: list[Change] = []
    before, after = _operation_index(old), _operation_index(new)
    by_route = {(m, p): op_id for op_id, (m, p, _) in after.items()}
    renamed: dict[str, str] = {}
    for op_id in sorted(before.keys() - after.keys()):
        method, path, _ = before[op_id]
        twin = by_route.get((method, path))
        if twin is not None and twin not in before:
            renamed[op_id] = twin
            detail = f"`{op_id}` → `{twin}` ({method.upper()} {path}): the module name changes"
            out.append(Change("operation-renamed", True, op_id, detail, "", (op_id, twin)))
        else:
            detail = f"{method.upper()} {path}"
            out.append(Change("operation-removed", True, op_id, detail, "", (op_id,)))
    for op_id in sorted(after.keys() - before.keys() - set(renamed.values())):
        method, path, _ = after[op_id]
        out.append(
            Change("operation-added", False, op_id, f"{method.upper()} {path}", "", (op_id,))
        )
    pairs = [(i, i) for i in sorted(before.keys() & after.keys())] + sorted(renamed.items())
    for old_id, new_id in pairs:
        (m1, p1, op1), (m2, p2, op2) = before[old_id], after[new_id]
        if (m1, p1) != (m2, p2):
            detail = f"{m1.upper()} {p1} → {m2.upper()} {p2}"
            out.append(Change("operation-moved", False, new_id, detail, "", (new_id,)))
        _compare_operation(new_id, op1, op2, out)
    _compare_components(old, new, out)
    return sorted(out, key=_sort_key)


def inline_enum_components(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """``spec`` with every enum component written back where it is used, and dropped.

    The build names nullable enums as components only because the generator needs that
    spelling (``katana_spec.forms``); a caller sees such an enum as the field's type, so
    its changes are reported on the field (``SalesOrder.status``), whichever spelling
    either spec uses.
    """
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    enums = {
        name: schema
        for name, schema in schemas.items()
        if isinstance(schema, Mapping) and "enum" in schema and "properties" not in schema
    }
    if not enums:
        return spec

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(child) for child in node]
        if not isinstance(node, Mapping):
            return node
        name = ref_name(node)
        if name in enums:
            return dict(enums[name])
        return {key: inline(child) for key, child in node.items()}

    out = dict(inline(spec))
    kept = out["components"]["schemas"]
    out["components"] = {
        **out["components"],
        "schemas": {name: schema for name, schema in kept.items() if name not in enums},
    }
    return out


def _compare_components(old: Mapping[str, Any], new: Mapping[str, Any], out: list[Change]) -> None:
    old_schemas: Mapping[str, Any] = (old.get("components") or {}).get("schemas") or {}
    new_schemas: Mapping[str, Any] = (new.get("components") or {}).get("schemas") or {}
    used_before, used_after = usage(old), usage(new)

    def where(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
        uses = [u for u in (used_before.get(name), used_after.get(name)) if u]
        directions = frozenset(d for u in uses for d in (REQUEST, RESPONSE) if u[d])
        operations = sorted({op for u in uses for ops in u.values() for op in ops})
        # A model no operation refers to (an error body) is judged both ways.
        return directions or frozenset({REQUEST, RESPONSE}), tuple(operations)

    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        directions, operations = where(name)
        out.append(
            Change("schema-removed", True, name, "", "+".join(sorted(directions)), operations)
        )
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        directions, operations = where(name)
        out.append(
            Change("schema-added", False, name, "", "+".join(sorted(directions)), operations)
        )
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        directions, operations = where(name)
        ctx = _Context(directions, operations, "field", out)
        _compare_schema(old_schemas[name], new_schemas[name], name, ctx)


def _sort_key(change: Change) -> tuple[bool, int, str, str]:
    order = list(KINDS)
    rank = order.index(change.kind) if change.kind in order else len(order)
    return (not change.breaking, rank, change.subject, change.detail)


# --- rendering -------------------------------------------------------------------------

MAX_OPERATIONS_SHOWN = 3


def _line(change: Change) -> str:
    text = f"- **{KINDS.get(change.kind, change.kind)}** `{change.subject}`"
    if change.detail:
        text += f": {change.detail}"
    # The operations the change reaches, unless the subject already names the only one.
    shown = [
        op
        for op in change.operations
        if not (change.subject == op or change.subject.startswith((f"{op}(", f"{op} ")))
    ]
    if shown and not change.kind.startswith("operation"):
        names = ", ".join(f"`{op}`" for op in shown[:MAX_OPERATIONS_SHOWN])
        more = len(shown) - MAX_OPERATIONS_SHOWN
        if more > 0:
            names += f" and {more} more"
        label = f"{change.direction} of " if change.direction else ""
        text += f" ({label}{names})"
    return text


def render_markdown(report: Report) -> str:
    """The report as Markdown, for a terminal, a pull request or a CI summary."""
    breaking = report.breaking
    others = [c for c in report.changes if not c.breaking]
    lines = ["# Katana API changes", "", f"From `{report.base}` to `{report.target}`.", ""]
    if not report.changes:
        lines.append("**No changes** for callers of the SDK.")
        if report.identical is False:
            lines.append(
                "The spec differs in documentation only (descriptions, examples): "
                "regenerating updates docstrings."
            )
    else:
        lines.append(
            f"**{len(breaking)} breaking** and {len(others)} non-breaking change(s) "
            "for callers of the SDK."
        )
    if breaking:
        lines += ["", f"## Breaking ({len(breaking)})", "", *map(_line, breaking)]
    if others:
        lines += ["", f"## Not breaking ({len(others)})", "", *map(_line, others)]
    lines += ["", "## Overlay (`openapi/overlay.yaml`)", "", *_overlay_lines(report)]
    if report.warnings:
        lines += ["", "## Build warnings", "", *(f"- {w}" for w in report.warnings)]
    return "\n".join(lines) + "\n"


def _overlay_lines(report: Report) -> list[str]:
    """The overlay's health: paragraphs and lists, separated by blank lines."""
    blocks: list[list[str]] = []
    if report.stale:
        intro = (
            f"{len(report.stale)} stale correction(s) match nothing upstream any more; "
            "the build fails until they are removed or updated:"
        )
        blocks += [[intro], [f"- `{entry}`" for entry in report.stale]]
    else:
        blocks.append(["No stale corrections."])
    if report.redundant is None:
        blocks.append(["Redundant corrections were not checked."])
    elif report.redundant:
        intro = (
            f"{len(report.redundant)} correction(s) are now redundant (the built spec is "
            "the same without them); they can be removed:"
        )
        blocks += [[intro], [f"- `{entry}`" for entry in report.redundant]]
    else:
        blocks.append(["No redundant corrections."])
    if report.confirmed:
        intro = (
            f"{len(report.confirmed)} live report(s) are now confirmed by Katana's documents "
            "(they say the same); the entries can be removed:"
        )
        blocks += [[intro], [f"- `{entry}`" for entry in report.confirmed]]
    if report.contradicted:
        intro = (
            f"{len(report.contradicted)} live report(s) are now contradicted by Katana's "
            "documents (they changed, and not to what was seen live); the build keeps the "
            "entry's type until a maintainer decides:"
        )
        items = [
            f"- `{entry}`: the documents now say `{json.dumps(now, sort_keys=True)}`"
            for entry, now in report.contradicted.items()
        ]
        blocks += [[intro], items]
    if not report.confirmed and not report.contradicted:
        blocks.append(["No live report is confirmed or contradicted by Katana's documents."])
    lines: list[str] = []
    for block in blocks:
        lines += [*([""] if lines else []), *block]
    return lines


def report_data(report: Report) -> dict[str, Any]:
    """The report as plain data (the JSON rendering's content)."""
    return {
        "base": report.base,
        "target": report.target,
        "breaking": bool(report.breaking),
        "summary": {
            "changes": len(report.changes),
            "breaking": len(report.breaking),
            "stale_overlay_entries": len(report.stale),
            "redundant_overlay_entries": (
                None if report.redundant is None else len(report.redundant)
            ),
            "confirmed_live_reports": len(report.confirmed),
            "contradicted_live_reports": len(report.contradicted),
        },
        "changes": [
            {**asdict(c), "operations": list(c.operations), "title": KINDS.get(c.kind, c.kind)}
            for c in report.changes
        ],
        "overlay": {
            "stale": list(report.stale),
            "redundant": report.redundant,
            "confirmed": list(report.confirmed),
            "contradicted": dict(report.contradicted),
        },
        "spec_identical": report.identical,
        "warnings": list(report.warnings),
    }


def render_json(report: Report) -> str:
    """The report as JSON, for machines (a CI job, a bot that opens an issue)."""
    return json.dumps(report_data(report), indent=2, ensure_ascii=False) + "\n"
