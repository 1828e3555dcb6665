"""The project's OpenAPI spec, loaded once and indexed for the fake Katana.

The fake is built from the same `openapi/katana-openapi.yaml` the client is generated
from, so when Katana's API changes and the spec is rebuilt, the fake follows without
edits: new operations answer with their examples, changed DTOs change what is validated.

Where the spec lives: an installed wheel carries a copy as package data
(`katana_client/testing/katana-openapi.yaml`, put there by `force-include` in
pyproject.toml); a source checkout or editable install reads `openapi/` at the repository
root. `KATANA_FAKE_SPEC` or `load_spec(path)` overrides both.
"""

from __future__ import annotations

import copy
import functools
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["NO_EXAMPLE", "KatanaSpec", "Operation", "find_spec_file", "load_spec"]

SPEC_ENV: Final = "KATANA_FAKE_SPEC"
SPEC_FILE: Final = "katana-openapi.yaml"
_SPEC_URI: Final = "urn:katana-client:openapi"
_PARAM: Final = re.compile(r"\{([^}/]+)\}")


class _NoExample:
    """Marker for an operation whose 2xx response has no example in the spec."""

    def __repr__(self) -> str:
        return "NO_EXAMPLE"


NO_EXAMPLE: Final = _NoExample()


def find_spec_file() -> Path:
    """Return the path of the spec the fake is built from.

    Order: `$KATANA_FAKE_SPEC`, the copy shipped inside the installed package, then
    `openapi/katana-openapi.yaml` of the source checkout this module sits in.

    Raises:
        FileNotFoundError: None of these exists.
    """
    override = os.environ.get(SPEC_ENV, "").strip()
    if override:
        return Path(override)
    shipped = resources.files(__package__ or "katana_client.testing") / SPEC_FILE
    if shipped.is_file():
        return Path(str(shipped))
    checkout = Path(__file__).resolve().parents[2] / "openapi" / SPEC_FILE
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(
        f"The Katana spec was not found: neither the package copy ({shipped}) nor the "
        f"checkout's {checkout} exists. Set {SPEC_ENV}=/path/to/katana-openapi.yaml."
    )


@functools.cache
def _load_cached(path: str) -> KatanaSpec:
    text = Path(path).read_text(encoding="utf-8")
    # libyaml's loader reads the ~900 kB spec in about half a second; the pure-Python
    # one takes several. Either way it happens once per process.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return KatanaSpec(yaml.load(text, Loader=loader))  # noqa: S506 (a safe loader)


def load_spec(path: str | os.PathLike[str] | None = None) -> KatanaSpec:
    """Load (once per process and path) and index the spec; see `find_spec_file`."""
    return _load_cached(str(Path(path) if path is not None else find_spec_file()))


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of the spec, with what the fake needs to route and answer it."""

    operation_id: str
    method: str
    path: str
    tag: str
    pattern: re.Pattern[str]
    parameters: tuple[Mapping[str, Any], ...]
    body_pointer: str | None
    body_required: bool
    status: int
    response_pointer: str | None
    example: Any = field(repr=False, kw_only=True)
    list_items: str | None
    pagination: str | None
    idempotent: bool
    raw: Mapping[str, Any] = field(repr=False, kw_only=True)

    @property
    def path_params(self) -> tuple[str, ...]:
        """Names of the `{placeholders}` in the path, in order."""
        return tuple(_PARAM.findall(self.path))


def _route(path: str) -> re.Pattern[str]:
    # `/sales_orders/{id}` -> `^/sales_orders/(?P<id>[^/]+)/?$`; a trailing slash is
    # optional because the portal writes `/product_operation_rows/` with one.
    # `split` gives literal text at even indexes, placeholder names at odd ones.
    pattern = "".join(
        f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
        for index, part in enumerate(_PARAM.split(path))
    )
    return re.compile("^" + pattern.rstrip("/") + "/?$")


def _pointer(*parts: str) -> str:
    escaped = (part.replace("~", "~0").replace("/", "~1") for part in parts)
    return "#/" + "/".join(escaped)


class KatanaSpec:
    """The parsed spec: operations by id and by route, and JSON Schema validators."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        """Index `document`, a parsed OpenAPI 3.1 document (the project's built spec)."""
        self.document = document
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        self._validators: dict[str, Draft202012Validator] = {}
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method, op in item.items():
                if method.startswith("x-") or method == "parameters":
                    continue
                built = self._operation(path, method, op)
                self.operations[built.operation_id] = built
        # Literal segments must win over placeholders (`/serial_numbers/serial_numbers_stock`
        # is not `/serial_numbers/{id}`), so fewer placeholders are tried first.
        self._routes = sorted(
            self.operations.values(), key=lambda op: (len(op.path_params), -len(op.path))
        )

    def _operation(self, path: str, method: str, op: Mapping[str, Any]) -> Operation:
        status_code, response = next(
            (code, body) for code, body in op["responses"].items() if str(code).startswith("2")
        )
        media = response.get("content", {}).get("application/json")
        body = op.get("requestBody")
        body_media = body.get("content", {}).get("application/json") if body else None
        listing = op.get("x-katana-list") or {}
        json_schema = ("content", "application/json", "schema")
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            tag=(op.get("tags") or ["default"])[0],
            pattern=_route(path),
            parameters=tuple(op.get("parameters", ())),
            body_pointer=(
                _pointer("paths", path, method, "requestBody", *json_schema)
                if body_media and "schema" in body_media
                else None
            ),
            body_required=bool(body and body.get("required")),
            status=int(status_code),
            response_pointer=(
                _pointer("paths", path, method, "responses", str(status_code), *json_schema)
                if media and "schema" in media
                else None
            ),
            example=media["example"] if media and "example" in media else NO_EXAMPLE,
            list_items=listing.get("items"),
            pagination=listing.get("pagination"),
            idempotent=bool(op.get("x-katana-idempotent")),
            raw=op,
        )

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations.values())

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving `method path` (path without `/v1`) and its path values."""
        for op in self._routes:
            found = op.pattern.match(path) if op.method == method else None
            if found:
                return op, found.groupdict()
        return None

    def allows_path(self, path: str) -> bool:
        """Whether some operation, of any method, serves `path` (405 rather than 404)."""
        return any(op.pattern.match(path) for op in self._routes)

    def validator(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at `pointer` (`#/...`) in the spec; cached."""
        found = self._validators.get(pointer)
        if found is None:
            found = Draft202012Validator({"$ref": _SPEC_URI + pointer}, registry=self._registry)
            self._validators[pointer] = found
        return found

    def resolve(self, pointer: str) -> Any:
        """The spec node at `pointer`, with a top-level `$ref` followed."""
        node: Any = self.document
        for part in pointer.lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.resolve(node["$ref"])
        return node

    def example(self, operation_id: str) -> Any:
        """A fresh copy of the operation's 2xx example, else one made from its schema."""
        op = self.operations[operation_id]
        if op.example is not NO_EXAMPLE:
            return copy.deepcopy(op.example)
        if op.response_pointer is None:
            return None
        return self.sample(self.resolve(op.response_pointer), full=True)

    def sample_body(self, operation_id: str) -> Any:
        """A small request body that passes the operation's schema (required fields)."""
        op = self.operations[operation_id]
        if op.body_pointer is None:
            return None
        return self.sample(self.resolve(op.body_pointer))

    def sample(self, schema: Any, *, full: bool = False, depth: int = 0) -> Any:  # noqa: C901
        """A value valid against `schema`: required properties only, or all if `full`.

        Numbers are the smallest allowed value but at least 1 (so ids point at the first
        seeded record), strings the shortest allowed "x" repetition, enums their first
        member. Good enough for the spec's DTOs, not a general JSON Schema generator.
        """
        if not isinstance(schema, Mapping):
            return None
        if "$ref" in schema:
            return self.sample(self.resolve(schema["$ref"]), full=full, depth=depth)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                choices = [c for c in schema[key] if c.get("type") != "null"] or schema[key]
                return self.sample(choices[0], full=full, depth=depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.sample(part, full=full, depth=depth)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        if "enum" in schema:
            return schema["enum"][0]
        if "const" in schema:
            return schema["const"]
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            props = schema.get("properties", {})
            names = props if full and depth < 3 else schema.get("required", [])
            return {n: self.sample(props.get(n, {}), full=full, depth=depth + 1) for n in names}
        if kind == "array":
            count = max(schema.get("minItems", 0), 1 if full else 0)
            return [self.sample(schema.get("items", {}), full=full, depth=depth + 1)] * count
        if kind in {"integer", "number"}:
            low = schema.get("minimum", 1)
            value = max(low, 1) if low <= 1 else low
            return int(value) if kind == "integer" or float(value).is_integer() else value
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return _sample_string(schema)


def _sample_string(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2024-01-01T00:00:00.000Z"
    if fmt == "date":
        return "2024-01-01"
    pattern = schema.get("pattern")
    if pattern:
        for candidate in ("1", "https://example.com/hook", "2024-01-01T00:00:00.000Z", "x"):
            if re.search(pattern, candidate):
                return candidate
    return "x" * max(int(schema.get("minLength", 1)), 1)
