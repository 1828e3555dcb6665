"""Merge Katana's gateway and portal documents into the project's spec.

The gateway document is what Katana's API validates: paths, parameters, request bodies
and enums come from it. The portal document is what Katana's developer pages show:
summaries, descriptions, status codes and response examples come from it. The overlay
(``openapi/overlay.yaml``) holds the project's corrections; nothing is patched by hand
in the output.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .forms import FormError, spell_for_generator
from .infer import Hints, Inference, Reported, Samples, decimal_schema, nullable
from .names import pascal, singular, snake
from .params import ParameterDocs, clean_text

Doc = dict[str, Any]
# libyaml is ten times faster on the 1.5 MB portal document; PyPI's wheels ship it.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
METHODS = ("get", "put", "post", "patch", "delete")

#: Path segments that name an action rather than the resource the response is about.
ACTION_SEGMENTS = {"search", "status", "batch", "create", "rerank", "unlink", "export"}

#: The flat query parameters that replace the gateway's JSON-encoded query objects
#: (``pagination``, ``dateFilter``): the live API takes them flat, as the portal shows.
PAGINATION_PARAMS: list[Doc] = [
    {
        "name": "page",
        "in": "query",
        "required": False,
        "description": "Page number, starting at 1.",
        "schema": {"type": "integer", "minimum": 1, "default": 1},
    },
    {
        "name": "limit",
        "in": "query",
        "required": False,
        "description": (
            "Number of records per page (default 50). Katana states no maximum; "
            "integrators report 250 as the cap in practice."
        ),
        "schema": {"type": "integer", "minimum": 1, "default": 50},
    },
]
DATE_FILTER_PARAMS: list[Doc] = [
    {
        "name": f"{field}_{bound}",
        "in": "query",
        "required": False,
        "description": f"Only records with `{field}` {word} this time (ISO 8601).",
        "schema": {"type": "string", "format": "date-time"},
    }
    for field in ("created_at", "updated_at")
    for bound, word in (("min", "at or after"), ("max", "at or before"))
]


#: Request DTO names that create or update a model, whose enums the model shares.
DTO_NAME_PATTERNS = (
    "Create{}Dto",
    "Update{}Dto",
    "{}CreateDto",
    "{}UpdateDto",
    "{}PatchDto",
    "Patch{}Dto",
)


def _add_enum(enums: dict[str, list[str]], key: str, schema: Doc) -> None:
    values = schema.get("enum")
    if values:
        known = enums.setdefault(key, [])
        known += [v for v in values if v not in known]


class BuildError(Exception):
    """The upstream documents and the overlay do not give a consistent spec."""


@dataclass
class Overlay:
    """The project's corrections, read from ``openapi/overlay.yaml``."""

    raw: Doc

    @classmethod
    def load(cls, path: Path) -> Overlay:
        """Read the overlay file."""
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        if not isinstance(data, dict):
            raise BuildError(f"{path}: the overlay must be a mapping")
        return cls(data)

    def section(self, name: str) -> Any:
        """One top-level section of the overlay (empty when absent)."""
        value = self.raw.get(name)
        return {} if value is None else value

    def hints(self) -> Hints:
        """The parts of the overlay that steer schema inference."""
        try:
            reported = {k: Reported.parse(k, v) for k, v in self.section("reported").items()}
        except ValueError as exc:
            raise BuildError(str(exc)) from exc
        hints = Hints(
            decimal_fields=[re.compile(p) for p in self.section("decimal_fields") or []],
            field_types=dict(self.section("field_types")),
            enums={k: list(v) for k, v in self.section("enums").items()},
            nested_names=dict(self.section("nested_names")),
            free_form=set(self.section("free_form") or []),
            reported=reported,
        )
        both = sorted(set(reported) & (set(hints.field_types) | set(hints.enums)))
        if both:
            raise BuildError(f"overlay: both `reported` and `field_types`/`enums` type {both}")
        return hints


def load_yaml(path: Path) -> Doc:
    """Read one upstream document."""
    if not path.is_file():
        raise BuildError(f"upstream document not found: {path}")
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_Loader)  # noqa: S506 (a safe loader, C or Python)
    if not isinstance(data, dict) or "paths" not in data:
        raise BuildError(f"{path} is not an OpenAPI document")
    return data


def norm_path(path: str) -> str:
    """Path with parameter names erased and no trailing slash, to match the documents."""
    return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/")) or "/"


def iter_operations(doc: Doc) -> Iterator[tuple[str, str, Doc]]:
    """Yield (path, method, operation) in the document's path order."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


@dataclass
class Example:
    """A portal response example, fixed by the overlay where it is broken."""

    status: str
    value: Any


@dataclass
class Op:
    """One operation being assembled."""

    path: str
    method: str
    gateway: Doc
    portal: Doc | None
    portal_path: str | None = None
    operation_id: str = ""
    tag: str = ""
    examples: list[Example] = field(default_factory=list)
    success: str = "200"
    model: str | None = None
    shape: str | None = None  # "single", "data" or "root"

    @property
    def key(self) -> str:
        """``GET /products`` style key used by the overlay."""
        return f"{self.method.upper()} {self.path}"


def record_models(ops: Iterable[Op]) -> dict[str, str]:
    """``x-katana-record``: the model to read a body with where Katana documents none.

    Katana answers some operations documented as 204 with the record anyway
    (integrators report ``POST /bom_rows`` answering 200 with the created row:
    KATANA_API.md, "Response shapes reported from the live API"). The record of such an
    operation is the one model the other operations on its resource answer with: those
    on the same path, without a trailing ``/{id}`` (``DELETE /bom_rows/{id}`` and
    ``POST /bom_rows`` read a ``BomRow``, the model of ``GET /bom_rows``). None when the
    resource has no model, or several.
    """
    ops = list(ops)
    by_resource: dict[str, set[str]] = {}
    for op in ops:
        if op.model is not None:
            by_resource.setdefault(_resource_of(op.path), set()).add(op.model)
    records: dict[str, str] = {}
    for op in ops:
        models = by_resource.get(_resource_of(op.path), set())
        if op.model is None and len(models) == 1:
            records[op.operation_id] = next(iter(models))
    return records


def _resource_of(path: str) -> str:
    return re.sub(r"/\{[^}/]+\}$", "", path.rstrip("/"))


class Builder:
    """Builds the spec from the two upstream documents and the overlay."""

    def __init__(self, gateway: Doc, portal: Doc, overlay: Overlay) -> None:
        self.gateway = gateway
        self.portal = portal
        self.overlay = overlay
        self.used: set[str] = set()
        self.warnings: list[str] = []
        #: ``reported.<Model.field>`` -> ("confirmed", "contradicted" or None, what
        #: Katana's documents now say of the field); see infer.py.
        self.reported_verdicts: dict[str, tuple[str | None, Any]] = {}
        self.parameter_docs = ParameterDocs.from_portal(op for _, _, op in iter_operations(portal))

    # -- operations -----------------------------------------------------------------

    def operations(self) -> list[Op]:
        """Pair every gateway operation with its portal twin and name it."""
        portal_ops = {(m, norm_path(p)): (p, op) for p, m, op in iter_operations(self.portal)}
        ids = self.overlay.section("operation_ids")
        tags = self.overlay.section("tags")
        ops: list[Op] = []
        for path, method, gop in iter_operations(self.gateway):
            portal_path, portal_op = portal_ops.get((method, norm_path(path)), (None, None))
            op = Op(path, method, gop, portal_op, portal_path)
            if op.key in ids:
                self.used.add(f"operation_ids.{op.key}")
                op.operation_id = ids[op.key]
            elif op.portal is not None:
                op.operation_id = op.portal["operationId"]
            else:
                raise BuildError(
                    f"{op.key} ({gop.get('operationId')}) is only in the gateway document: "
                    "give it an operationId under `operation_ids` in the overlay"
                )
            controller = gop.get("tags", ["Default"])[0]
            if controller in tags:
                self.used.add(f"tags.{controller}")
                op.tag = tags[controller]
            else:
                op.tag = path.strip("/").split("/")[0]
            ops.append(op)
        seen: dict[str, str] = {}
        for op in ops:
            module = snake(op.operation_id)
            if module in seen:
                raise BuildError(
                    f"operationId {op.operation_id!r} of {op.key} collides with "
                    f"{seen[module]}: rename one under `operation_ids` in the overlay"
                )
            seen[module] = op.key
        return ops

    def collect_examples(self, op: Op) -> None:
        """Read the 2xx status and response examples of the portal operation."""
        fixes = self.overlay.section("example_fixes").get(op.operation_id, {})
        if fixes:
            self.used.add(f"example_fixes.{op.operation_id}")
        if op.portal is None:
            statuses = self.overlay.section("success_status")
            if op.operation_id in statuses:
                self.used.add(f"success_status.{op.operation_id}")
            op.success = str(statuses.get(op.operation_id, "200"))
            return
        codes = sorted(c for c in op.portal.get("responses", {}) if c.startswith("2"))
        if not codes:
            return
        op.success = codes[0]
        for code in codes:
            content = op.portal["responses"][code].get("content", {}).get("application/json", {})
            values: list[Any] = []
            if "example" in content:
                values.append(content["example"])
            for name in sorted(content.get("examples", {})):
                values.append(content["examples"][name].get("value"))
            op.examples += [Example(code, unwrap(op, v, fixes.get("unwrap"))) for v in values]

    def resource_name(self, op: Op) -> str:
        """The model a response of ``op`` is about, from the overlay or the path."""
        names = self.overlay.section("resources")
        if op.operation_id in names:
            self.used.add(f"resources.{op.operation_id}")
            return str(names[op.operation_id])
        segments = [s for s in op.path.split("/") if s and not s.startswith("{")]
        nouns = [s for s in segments if s not in ACTION_SEGMENTS]
        return pascal(singular(nouns[-1]))

    # -- schemas --------------------------------------------------------------------

    def dto_enums(self, models: set[str], ops: list[Op]) -> dict[str, dict[str, list[str]]]:
        """Enum values the gateway gives for fields of each model.

        Two sources: the enum query filters of the operations that list the model
        (``getAllSalesOrders?status=``), and the request DTOs that create or update it.
        """
        dtos: dict[str, Doc] = self.gateway.get("components", {}).get("schemas", {})
        out: dict[str, dict[str, list[str]]] = {}
        for model in models:
            enums: dict[str, list[str]] = {}
            for op in ops:
                if op.model == model and op.method == "get":
                    for param in op.gateway.get("parameters", []):
                        if param.get("in") == "query":
                            _add_enum(enums, param["name"], param.get("schema", {}))
            for pattern in DTO_NAME_PATTERNS:
                for key, prop in dtos.get(pattern.format(model), {}).get("properties", {}).items():
                    _add_enum(enums, key, prop)
                    if isinstance(prop.get("items"), dict):
                        _add_enum(enums, key + "[]", prop["items"])
            if enums:
                out[model] = enums
        return out

    def response_schemas(self, ops: list[Op]) -> dict[str, Doc]:
        """Derive a named schema for every resource seen in the response examples."""
        for op in ops:
            self.collect_examples(op)
            self.assign_model(op)
        samples = Samples(hints=self.overlay.hints(), known={o.model for o in ops if o.model})
        for op in ops:
            self.file_examples(op, samples)
        inference = Inference(samples, self.dto_enums(set(samples.by_model), ops))
        schemas = inference.schemas()
        for name, extra in sorted(self.overlay.section("schemas").items()):
            self.used.add(f"schemas.{name}")
            if name in schemas:
                raise BuildError(f"overlay schema {name} collides with a derived schema")
            schemas[name] = copy.deepcopy(extra)
        self.warnings += [
            f"{path}: no type could be derived (null or mixed in every example); "
            "give it one under `field_types` in the overlay"
            for path in sorted(set(inference.unresolved))
        ]
        self.reported_verdicts = {f"reported.{k}": v for k, v in inference.verdicts.items()}
        for section in ("field_types", "enums", "nested_names", "free_form", "reported"):
            self.used |= {
                f"{section}.{key}"
                for key in self.overlay.section(section) or []
                if key in samples.used_hints
            }
        for op in ops:
            if op.model and op.shape == "data":
                schemas.setdefault(f"{op.model}List", list_wrapper(op.model))
        return schemas

    def assign_model(self, op: Op) -> None:
        """Name the model of the operation's response: overlay, or derived from the path."""
        explicit = self.overlay.section("responses")
        if op.operation_id in explicit:
            self.used.add(f"responses.{op.operation_id}")
            spec = explicit[op.operation_id]
            op.model, op.shape = spec.get("model"), spec.get("shape", "single")
        elif op.examples:
            op.model = self.resource_name(op)

    def file_examples(self, op: Op, samples: Samples) -> None:
        """File every object of the operation's examples under its model."""
        for ex in op.examples:
            assert op.model is not None  # noqa: S101 (narrowing: set by the caller)
            shape, items = classify(ex.value)
            if op.shape is None:
                op.shape = shape
            elif op.shape != shape:
                raise BuildError(f"{op.operation_id}: examples disagree on list vs single")
            for item in items:
                if isinstance(item, dict):
                    samples.add(op.model, item)

    def request_schemas(self) -> dict[str, Doc]:
        """The gateway's request DTOs in OpenAPI 3.1, numbers marked as decimals.

        Inline objects that carry a ``title`` (the gateway's nested DTO classes, such as
        ``UpdateOperatorDto``, used by two properties of one DTO) become named
        components, so that the generator makes one class for each, not a clash.
        """
        dtos = copy.deepcopy(self.gateway.get("components", {}).get("schemas", {}))
        out = {name: mark_decimals(to_oas31(s)) for name, s in sorted(dtos.items())}
        for name in list(out):
            out[name] = hoist_titled(out[name], out, top=True)
        return dict(sorted(out.items()))

    # -- assembly -------------------------------------------------------------------

    def parameters(self, op: Op) -> tuple[list[Doc], bool]:
        """Gateway parameters with the JSON query objects replaced by flat ones."""
        out: list[Doc] = []
        paginated = False
        for param in op.gateway.get("parameters", []):
            name = param["name"]
            if param["in"] == "query" and "content" in param:
                if name == "pagination":
                    paginated = True
                    out += copy.deepcopy(PAGINATION_PARAMS)
                    continue
                if name == "dateFilter":
                    out += copy.deepcopy(DATE_FILTER_PARAMS)
                    continue
                raise BuildError(f"{op.key}: unknown JSON-encoded query parameter {name}")
            new = copy.deepcopy(param)
            if _is_id(name) and new.get("schema", {}).get("type") == "number":
                new["schema"]["type"] = "integer"  # see to_oas31: ids are integers
            if not new.get("description"):
                text = self.parameter_docs.describe(param, op.path, op.portal_path, op.portal)
                if text:
                    new["description"] = text
            if new["in"] == "path":
                new["required"] = True
            new["schema"] = mark_decimals(to_oas31(new.get("schema", {})))
            out.append(new)
        return out, paginated

    def operation(self, op: Op, schemas: Mapping[str, Doc]) -> Doc:
        """The built operation object."""
        portal = op.portal or {}
        params, paginated = self.parameters(op)
        summaries = self.overlay.section("summaries")
        summary = portal.get("summary") or summaries.get(op.operation_id)
        if op.operation_id in summaries:
            self.used.add(f"summaries.{op.operation_id}")
        if not summary:
            raise BuildError(f"{op.operation_id}: no summary; add one under `summaries`")
        out: Doc = {
            "operationId": op.operation_id,
            "summary": summary.strip(),
            "tags": [op.tag],
        }
        if portal.get("description"):
            out["description"] = clean_text(portal["description"])
        deprecated = set(self.overlay.section("deprecated") or [])
        if op.operation_id in deprecated:
            self.used.add(f"deprecated.{op.operation_id}")
        if portal.get("deprecated") or op.operation_id in deprecated:
            out["deprecated"] = True
        if params:
            out["parameters"] = params
        if "requestBody" in op.gateway:
            body = mark_decimals(to_oas31(copy.deepcopy(op.gateway["requestBody"])))
            out["requestBody"] = body
        out["responses"] = self.responses(op, schemas)
        idempotent = op.method != "post" or op.operation_id in set(
            self.overlay.section("repeat_safe_posts") or []
        )
        if op.method == "post" and idempotent:
            self.used.add(f"repeat_safe_posts.{op.operation_id}")
        out["x-katana-idempotent"] = idempotent
        listing = self.list_extension(op, paginated)
        if listing is not None:
            out["x-katana-list"] = listing
        return out

    def list_extension(self, op: Op, paginated: bool) -> Doc | None:
        """``x-katana-list``: where a list response keeps its items, how it pages."""
        body_paged = set(self.overlay.section("body_paginated") or [])
        if op.operation_id in body_paged:
            self.used.add(f"body_paginated.{op.operation_id}")
        if op.shape not in ("data", "root"):
            return None
        if paginated:
            return {"items": op.shape, "pagination": "query"}
        if op.operation_id in body_paged:
            return {"items": op.shape, "pagination": "body"}
        if op.method == "get":
            return {"items": op.shape, "pagination": "none"}
        return None

    def responses(self, op: Op, schemas: Mapping[str, Doc]) -> Doc:
        """Success response (typed from the derived schema) and documented errors."""
        portal_responses = (op.portal or {}).get("responses", {})
        out: Doc = {}
        success_desc = portal_responses.get(op.success, {}).get("description") or "Success"
        success: Doc = {"description": success_desc.strip()}
        if op.model is not None:
            if op.model not in schemas:
                raise BuildError(f"{op.operation_id}: response model {op.model} is not defined")
            ref = {"$ref": f"#/components/schemas/{op.model}"}
            if op.shape == "data":
                schema: Doc = {"$ref": f"#/components/schemas/{op.model}List"}
            elif op.shape == "root":
                schema = {"type": "array", "items": ref}
            else:
                schema = ref
            media: Doc = {"schema": schema}
            if op.examples:
                media["example"] = op.examples[0].value
            success["content"] = {"application/json": media}
        elif op.success != "204":
            # Katana documents a 200 but shows no body; the SDK reads whatever comes.
            success["content"] = {"application/json": {"schema": {}}}
        out[op.success] = success
        for code in sorted(portal_responses):
            if code.startswith("2"):
                continue
            desc = portal_responses[code].get("description") or f"HTTP {code}"
            out[code] = {"description": desc.strip()}
        return out

    def build(self, *, strict: bool = True) -> Doc:
        """Assemble the whole spec.

        ``strict=False`` lets stale overlay entries pass, for reports that list them
        (see :meth:`stale_entries`) instead of failing.
        """
        ops = self.operations()
        schemas = self.response_schemas(ops)
        requests = self.request_schemas()
        clash = sorted(set(schemas) & set(requests))
        if clash:
            raise BuildError(f"derived schema names clash with request DTOs: {clash}")
        all_schemas = {**requests, **schemas}
        paths: Doc = {}
        records = record_models(ops)
        for op in sorted(ops, key=lambda o: (o.path, METHODS.index(o.method))):
            built = self.operation(op, all_schemas)
            if op.operation_id in records:
                built["x-katana-record"] = records[op.operation_id]
            paths.setdefault(op.path, {})[op.method] = built
        if strict:
            self.check_overlay_used()
        info = self.overlay.section("info")
        spec: Doc = {
            "openapi": "3.1.0",
            "info": {
                "title": info.get("title", "Katana MRP API"),
                "version": info.get("version", self.gateway["info"].get("version", "0")),
                "description": info.get("description", ""),
            },
            "servers": [{"url": "https://api.katanamrp.com/v1"}],
            "security": [{"bearerAuth": []}],
            "tags": [{"name": t} for t in sorted({op.tag for op in ops})],
            "paths": paths,
            "components": {
                "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
                "schemas": dict(sorted(all_schemas.items())),
            },
        }
        try:
            spell_for_generator(spec)
        except FormError as exc:
            raise BuildError(str(exc)) from exc
        return spec

    def stale_entries(self) -> list[str]:
        """Overlay entries (``section.key``) that matched nothing upstream, sorted."""
        stale: list[str] = []
        for section, value in self.overlay.raw.items():
            if section in ("info", "decimal_fields"):
                continue
            keys = value if isinstance(value, list) else list(value or {})
            stale += [f"{section}.{k}" for k in keys if f"{section}.{k}" not in self.used]
        return sorted(stale)

    def check_overlay_used(self) -> None:
        """Every overlay entry must still match something upstream; stale ones fail."""
        stale = self.stale_entries()
        if stale:
            raise BuildError(
                "overlay entries that match nothing in the upstream documents (stale): "
                + ", ".join(stale)
            )


def unwrap(op: Op, value: Any, key: str | None) -> Any:
    """Take a broken portal example out of the key it was wrapped in by mistake."""
    if key is None:
        return value
    if not (isinstance(value, dict) and list(value) == [key]):
        raise BuildError(
            f"overlay example_fixes.{op.operation_id}.unwrap={key!r} "
            "no longer matches the portal example: remove or update it"
        )
    return value[key]


def hoist_titled(schema: Any, components: dict[str, Doc], *, top: bool = False) -> Any:
    """Move inline titled object schemas into ``components`` and refer to them."""
    if isinstance(schema, list):
        return [hoist_titled(s, components) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: hoist_titled(v, components) for k, v in schema.items()}
    kind = out.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    title = out.get("title")
    if top or not title or "object" not in kinds or "properties" not in out:
        return out
    shape = {**out, "type": "object"}
    existing = components.get(title)
    if existing is None:
        components[title] = shape
    elif existing != shape:
        # Same title, different shape: leave it inline, untitled, for the generator.
        out.pop("title")
        return out
    ref: Doc = {"$ref": f"#/components/schemas/{title}"}
    return nullable(ref) if "null" in kinds else ref


def classify(value: Any) -> tuple[str, list[Any]]:
    """Shape of a response example: ``data`` list, bare ``root`` list, or ``single``."""
    if isinstance(value, list):
        return "root", value
    if isinstance(value, dict) and list(value) == ["data"] and isinstance(value["data"], list):
        return "data", value["data"]
    return "single", [value]


def list_wrapper(model: str) -> Doc:
    """Schema of ``{"data": [Model, ...]}``."""
    return {
        "type": "object",
        "description": f"A page of {model} records, as Katana wraps list responses.",
        "properties": {
            "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{model}"}},
        },
    }


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def _ids_as_integers(schema: Doc) -> None:
    """Katana's ids are integers (UUIDs aside); the gateway types some of them `number`."""
    for key, prop in schema.get("properties", {}).items():
        if _is_id(key) and isinstance(prop, dict) and prop.get("type") == "number":
            prop["type"] = "integer"


def _int32_decimals_stay_numbers(raw: Doc, out: Doc) -> None:
    """Undo the int32 rule (see to_oas31) for properties named like money or a quantity.

    The gateway bounds some decimals by 2**31-1 too (``cost_per_hour``,
    ``purchase_uom_conversion_rate``, ``minimum_order_quantity``): the name rule of
    ``infer.py`` says they are decimals, which an int32 bound does not disprove.
    """
    names = Hints()
    for key, prop in out.get("properties", {}).items():
        before = raw["properties"][key]
        kind = prop.get("type")
        if isinstance(before, dict) and before.get("type") == "number" and names.is_decimal(key):
            if kind == "integer":
                prop["type"] = "number"
            elif isinstance(kind, list) and "integer" in kind:
                prop["type"] = ["number" if k == "integer" else k for k in kind]


def _leaf_types(schema: Doc) -> set[str]:
    """Types a schema's anyOf/allOf/oneOf branches allow (``not`` is ignored)."""
    branches = [b for key in ("anyOf", "allOf", "oneOf") for b in schema.get(key, [])]
    if not branches:
        kind = schema.get("type", "any")
        return set(kind) if isinstance(kind, list) else {str(kind)}
    out: set[str] = set()
    for branch in branches:
        out |= _leaf_types(branch)
    return out


def to_oas31(schema: Any) -> Any:
    """Rewrite the gateway's schema idioms into OpenAPI 3.1 (JSON Schema 2020-12).

    The gateway mixes OpenAPI 3.0 (``nullable``) with JSON Schema (``const``,
    ``type: 'null'`` branches, numeric ``exclusiveMinimum``, ``patternProperties``,
    nested ``definitions``). The built spec is 3.1 throughout. A number-or-numeric-
    string combination (``quantity`` in many DTOs) becomes the project's decimal schema.
    """
    if isinstance(schema, list):
        return [to_oas31(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: Doc = {k: to_oas31(v) for k, v in schema.items()}
    # Nested `definitions` repeat DTOs that components/schemas already has.
    out.pop("definitions", None)
    if out.get("type") == "number" and out.get("maximum") == 2**31 - 1:
        # IDs typed `number` but bounded as int32 columns: integers, not decimals.
        out["type"] = "integer"
    if out.get("exclusiveMinimum") is True and "minimum" in out:
        out["exclusiveMinimum"] = out.pop("minimum")
    elif out.get("exclusiveMinimum") is False:
        out.pop("exclusiveMinimum")
    _ids_as_integers(out)
    _int32_decimals_stay_numbers(schema, out)
    is_nullable = out.pop("nullable", False) is True
    if any(k in out for k in ("anyOf", "allOf", "oneOf")) and "properties" not in out:
        leaves = _leaf_types(out)
        if "number" in leaves and leaves <= {"number", "string", "integer", "null"}:
            keep: Doc = {k: out[k] for k in ("description", "default") if k in out}
            out = {**decimal_schema(), **keep}
            is_nullable = is_nullable or "null" in leaves
    if is_nullable:
        out = nullable(out)
    return out


def mark_decimals(schema: Any) -> Any:
    """Mark every ``type: number`` as a decimal so no value passes through float."""
    if isinstance(schema, list):
        return [mark_decimals(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: mark_decimals(v) for k, v in schema.items()}
    kind = out.get("type")
    if kind == "number" or (isinstance(kind, list) and "number" in kind):
        out["x-katana-type"] = "decimal"
    return out


def build_spec(upstream: Path, overlay_path: Path) -> tuple[Doc, list[str]]:
    """Build the spec from the folder of Katana's documents; return it and warnings."""
    gateway = load_yaml(upstream / "live-gateway.yaml")
    portal = load_yaml(upstream / "readme-portal.yaml")
    builder = Builder(gateway, portal, Overlay.load(overlay_path))
    spec = builder.build()
    return spec, builder.warnings


def dump(spec: Doc) -> str:
    """Deterministic YAML text of the spec (key order as built, block style)."""
    text: str = yaml.dump(
        spec,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return text


__all__ = ["BuildError", "build_spec", "decimal_schema", "dump"]
