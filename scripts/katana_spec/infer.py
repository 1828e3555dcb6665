"""Derive named JSON schemas from Katana's response examples.

Katana's documents carry no response schemas, only examples. Every example object is
filed under a model name (the operation's resource, or ``Parent`` + key for nested
objects) and all samples of one name are merged into one schema. What the examples
cannot say (fields that are always null, enum values, money fields sent as integers)
comes from the overlay (:class:`Hints`).

The derived schemas are deliberately tolerant: only ``id`` is required, every other
property is optional and nullable, because Katana sends null and omits fields where its
own docs promise values (see KATANA_API.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .names import pascal, singular

JSON = Any
Schema = dict[str, Any]

DATETIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"
)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMERIC_RE = re.compile(r"^-?\d+(\.\d+)?$")
IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: The schema of a money or quantity value: Katana sends ``45``, ``45.5`` or
#: ``"45.0000000000"`` for the same field. The generated code reads it as ``Decimal``.
DECIMAL_STRING_PATTERN = r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$"


def decimal_schema() -> Schema:
    """Return the schema of a decimal value that arrives as a number or a string."""
    return {
        "anyOf": [
            {"type": "number"},
            {"type": "string", "pattern": DECIMAL_STRING_PATTERN},
        ],
        "x-katana-type": "decimal",
    }


@dataclass
class Hints:
    """What the overlay tells the inference that the examples cannot."""

    decimal_fields: list[re.Pattern[str]] = field(default_factory=list)
    field_types: dict[str, Schema] = field(default_factory=dict)
    enums: dict[str, list[str]] = field(default_factory=dict)
    nested_names: dict[str, str] = field(default_factory=dict)
    free_form: set[str] = field(default_factory=set)

    def is_decimal(self, key: str) -> bool:
        """True when a field of this name holds money or a quantity."""
        return any(p.fullmatch(key) for p in self.decimal_fields)


@dataclass
class Samples:
    """Example objects filed by model name, with the names of their nested models."""

    hints: Hints
    known: set[str]
    by_model: dict[str, list[dict[str, JSON]]] = field(default_factory=dict)
    used_hints: set[str] = field(default_factory=set)

    def nested_name(self, parent: str, key: str, is_list: bool) -> str:
        """Name of the model of ``parent.key``: a known resource, or parent + key."""
        path = f"{parent}.{key}"
        if path in self.hints.nested_names:
            self.used_hints.add(path)
            return self.hints.nested_names[path]
        base = pascal(singular(key) if is_list else key)
        # `sales_order_fulfillment_rows` inside SalesOrderFulfillment already says whose
        # rows they are: SalesOrderFulfillmentRow, not SalesOrderFulfillmentSalesOrder...
        if base in self.known or base.startswith(parent):
            return base
        return parent + base

    def is_map(self, model: str, key: str, value: Mapping[str, JSON]) -> bool:
        """A dict whose keys are data (UUIDs, names), not field names."""
        path = f"{model}.{key}"
        if path in self.hints.free_form:
            self.used_hints.add(path)
            return True
        return any(not IDENT_RE.match(k) for k in value)

    def add(self, model: str, obj: Mapping[str, JSON]) -> None:
        """File ``obj`` (and every object nested in it) under ``model``."""
        self.by_model.setdefault(model, []).append(dict(obj))
        for key, value in obj.items():
            if isinstance(value, dict) and value and not self.is_map(model, key, value):
                self.add(self.nested_name(model, key, is_list=False), value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, dict) and item and not self.is_map(model, key, item):
                        self.add(self.nested_name(model, key, is_list=True), item)


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _null_only_schema(key: str, hints: Hints) -> Schema | None:
    """Best type for a field that is null in every example, from its name."""
    if hints.is_decimal(key):
        return decimal_schema()
    if key == "id" or key.endswith("_id"):
        return {"type": "integer"}
    if key.endswith("_ids"):
        return {"type": "array", "items": {"type": "integer"}}
    if key.endswith(("_at", "_date")):
        return {"type": "string", "format": "date-time"}
    return None


def _scalar_schema(key: str, values: list[JSON], hints: Hints) -> Schema | None:
    """Schema for non-null scalar values, or None when they do not agree on a type."""
    if all(isinstance(v, bool) for v in values):
        return {"type": "boolean"}
    if any(isinstance(v, bool) for v in values):
        return None
    numbers = [v for v in values if isinstance(v, int | float)]
    strings = [v for v in values if isinstance(v, str)]
    numeric_strings = [s for s in strings if NUMERIC_RE.match(s)]
    all_numeric = len(numbers) + len(numeric_strings) == len(values)
    if numbers and all_numeric:
        if hints.is_decimal(key) or any(isinstance(v, float) for v in numbers) or strings:
            return decimal_schema()
        return {"type": "integer"}
    if strings and len(strings) == len(values):
        if numeric_strings and len(numeric_strings) == len(strings) and hints.is_decimal(key):
            return decimal_schema()
        if all(DATE_RE.match(s) for s in strings):
            return {"type": "string", "format": "date"}
        if all(DATETIME_RE.match(s) for s in strings):
            return {"type": "string", "format": "date-time"}
        return {"type": "string"}
    return None


def nullable(schema: Schema) -> Schema:
    """The same schema with null allowed too (OpenAPI 3.1 / JSON Schema spelling)."""
    if not schema:
        return {}
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "anyOf" in schema:
        if {"type": "null"} in schema["anyOf"]:
            return schema
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    out = dict(schema)
    kind = out.get("type")
    if isinstance(kind, str):
        out["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        out["type"] = [*kind, "null"]
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out


@dataclass
class Inference:
    """Merges the samples of every model into component schemas."""

    samples: Samples
    dto_enums: Mapping[str, Mapping[str, list[str]]]
    unresolved: list[str] = field(default_factory=list)
    maps: dict[str, Schema] = field(default_factory=dict)

    def free_form(self, name: str) -> Schema:
        """A named schema for a JSON object whose keys are data (custom fields by UUID).

        Named so the generator makes one readable class (``SalesOrderCustomFields``)
        whose entries are reached as ``order.custom_fields[uuid]``.
        """
        self.maps[name] = {
            "type": "object",
            "description": "A JSON object whose keys are data, not fields; entries are "
            "kept as they come and reached with `obj[key]`.",
            "additionalProperties": True,
        }
        return _ref(name)

    @property
    def hints(self) -> Hints:
        """The overlay's hints."""
        return self.samples.hints

    def schemas(self) -> dict[str, Schema]:
        """Return a schema per model name, sorted by name."""
        out = {name: self.model_schema(name) for name in sorted(self.samples.by_model)}
        clash = sorted(set(out) & set(self.maps))
        if clash:
            raise ValueError(f"free-form object names clash with models: {clash}")
        return dict(sorted({**out, **self.maps}.items()))

    def model_schema(self, model: str) -> Schema:
        """Merge every sample of ``model`` into one object schema."""
        objs = self.samples.by_model[model]
        keys = sorted({k for o in objs for k in o})
        props: dict[str, Schema] = {}
        required: list[str] = []
        for key in keys:
            values = [o[key] for o in objs if key in o]
            schema = self.property_schema(model, key, values)
            if key == "id" and all(o.get(key) is not None for o in objs):
                # The one promise kept: a record always has its id.
                props[key] = schema
                required.append(key)
            else:
                props[key] = nullable(schema)
        out: Schema = {"type": "object", "properties": props}
        if required:
            out["required"] = required
        out["description"] = (
            f"Derived from {len(objs)} example object(s) in Katana's API documentation; "
            "every field but `id` may be missing or null."
        )
        return out

    def property_schema(self, model: str, key: str, values: list[JSON]) -> Schema:
        """Schema of one property of ``model`` from all its observed values."""
        path = f"{model}.{key}"
        if path in self.hints.field_types:
            self.samples.used_hints.add(path)
            return dict(self.hints.field_types[path])
        present = [v for v in values if v is not None]
        enum = self._enum_values(model, key, present)
        if enum is not None:
            return {"type": "string", "enum": enum}
        if not present:
            guess = _null_only_schema(key, self.hints)
            if guess is None:
                self.unresolved.append(path)
                return {}
            return guess
        if all(isinstance(v, dict) for v in present):
            if any(self.samples.is_map(model, key, v) for v in present if v) or all(
                not v for v in present
            ):
                return self.free_form(model + pascal(key))
            return _ref(self.samples.nested_name(model, key, is_list=False))
        if all(isinstance(v, list) for v in present):
            return {"type": "array", "items": self._items_schema(model, key, present)}
        scalar = _scalar_schema(key, present, self.hints)
        if scalar is None:
            self.unresolved.append(path)
            return {}
        return scalar

    def _items_schema(self, model: str, key: str, lists: list[list[JSON]]) -> Schema:
        items = [i for lst in lists for i in lst if i is not None]
        path = f"{model}.{key}[]"
        if path in self.hints.field_types:
            self.samples.used_hints.add(path)
            return dict(self.hints.field_types[path])
        if not items:
            guess = _null_only_schema(singular(key), self.hints)
            if guess is None:
                self.unresolved.append(path)
                return {}
            return guess
        if all(isinstance(i, dict) for i in items):
            if any(self.samples.is_map(model, key, i) for i in items if i):
                return self.free_form(model + pascal(singular(key)))
            return _ref(self.samples.nested_name(model, key, is_list=True))
        enum = self._enum_values(model, key + "[]", items)
        if enum is not None:
            return {"type": "string", "enum": enum}
        scalar = _scalar_schema(singular(key), items, self.hints)
        if scalar is None:
            self.unresolved.append(path)
            return {}
        return scalar

    def _enum_values(self, model: str, key: str, present: list[JSON]) -> list[str] | None:
        """Known values of an enum field: overlay, request DTOs, and the examples."""
        path = f"{model}.{key}"
        known: list[str] | None = None
        if path in self.hints.enums:
            self.samples.used_hints.add(path)
            known = list(self.hints.enums[path])
        elif key in self.dto_enums.get(model, {}):
            known = list(self.dto_enums[model][key])
        if known is None:
            return None
        values = list(present)
        seen = [v for v in values if isinstance(v, str)]
        if len(seen) != len(values):
            return None
        if path not in self.hints.enums and not set(seen) <= set(known):
            # The gateway's filter spells the values differently from what responses
            # carry (`sending` vs `SENDING` on purchase orders): do not mix the two.
            return None
        return sorted(set(known) | set(seen))
