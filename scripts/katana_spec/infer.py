"""Derive named JSON schemas from Katana's response examples.

Katana's documents carry no response schemas, only examples. Every example object is
filed under a model name (the operation's resource, or ``Parent`` + key for nested
objects) and all samples of one name are merged into one schema. What the examples
cannot say (fields that are always null, enum values, money fields sent as integers)
comes from the overlay (:class:`Hints`).

The derived schemas are deliberately tolerant: only ``id`` is required, every other
property is optional and nullable, because Katana sends null and omits fields where its
own docs promise values (see KATANA_API.md).

**Which numbers are decimals.** A field is a decimal (``Decimal`` in the generated code)
when any example shows a fraction or a numeric string, or when its name says money, a
quantity, a rate, a time or a value (:data:`DECIMAL_NAME_RE`: ``price``, ``cost``,
``quantity``, ``amount``, ``rate``, ``total``, ``discount``, ``balance`` anywhere in the
name; ``time`` or ``value`` as a word, as in ``planned_time_per_unit``, ``time``,
``value``, ``cogs_value``), plus the overlay's ``decimal_fields``. Whole-number
examples never prove such a field integral: ``0``, ``14`` or ``60`` are values of a
decimal field too, and live accounts send ``"0.0300000000"`` where the portal shows
``0``. Not even Katana's gateway typing a request field ``integer`` proves it
(``ProductOperationRowUpdateDto.planned_time_per_unit`` is ``integer`` there, decimal
live). Only the name does: ids, counts and ranks (:data:`INTEGRAL_NAME_RE`: ``id``,
``*_id``, ``*_ids``, ``*Id``, ``rank``, ``*_count``, ``*_number``) are integers
whatever else their name says, and a custom field's or config's ``*field_value`` /
``*config_value`` is text. Any other field whose examples are all whole numbers is an
integer.

**Reported fields.** The overlay's ``reported`` section adds what integrators saw on
live accounts and Katana's documents do not show (:class:`Reported`): a field's type
(``schema``) or extra enum values (``enum``). Each entry also says what the documents
said when it was written (``documented``; absent: nothing). The inference compares that
with what the documents say now, so an upgrade can tell an entry Katana's documents
now *confirm* (they say the same as the entry: it is redundant) from one they
*contradict* (they changed, and not to what the entry says).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
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


#: Names of money, quantities, rates, times and values (see the module docstring).
DECIMAL_NAME_RE = re.compile(
    r".*(price|cost|quantity|amount|rate|total|discount|balance).*|(.*_)?(time|value)(_.*)?"
)
#: Names that hold whole numbers or text whatever their other words say.
INTEGRAL_NAME_RE = re.compile(
    r"id|.*_ids?|.*[a-z]Ids?|rank|.*_rank|count|.*_count|.*_number|.*(field|config)_value"
)


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

    reported: dict[str, Reported] = field(default_factory=dict)

    def is_decimal(self, key: str) -> bool:
        """True when a field of this name holds money, a quantity, a time or a value."""
        if INTEGRAL_NAME_RE.fullmatch(key):
            return False
        return bool(DECIMAL_NAME_RE.fullmatch(key)) or any(
            p.fullmatch(key) for p in self.decimal_fields
        )


@dataclass(frozen=True)
class Reported:
    """One overlay ``reported`` entry: what live accounts send for ``Model.field``.

    ``schema`` is the field's type (the string ``decimal`` stands for
    :func:`decimal_schema`); ``enum`` lists values added to those the documents give.
    ``documented`` is, for a ``schema`` entry, the (non-null) schema Katana's documents
    gave when the entry was written; None means they said nothing (the field was in no
    example). An ``enum`` entry is confirmed once the documents give all its values;
    documents cannot contradict a value seen live, so it is never contradicted.
    """

    schema: Schema | None = None
    enum: tuple[str, ...] = ()
    documented: Any = None

    @classmethod
    def parse(cls, path: str, raw: Any) -> Reported:
        """Read one entry, refusing what the inference cannot apply."""
        if not isinstance(raw, Mapping) or set(raw) - {"schema", "enum", "documented"}:
            raise ValueError(f"reported.{path}: give `schema` or `enum`, and `documented`")
        if ("schema" in raw) == ("enum" in raw):
            raise ValueError(f"reported.{path}: give exactly one of `schema` and `enum`")
        schema = raw.get("schema")
        if schema == "decimal":
            schema = decimal_schema()
        documented = raw.get("documented")
        if documented == "decimal":
            documented = decimal_schema()
        return cls(
            schema=dict(schema) if isinstance(schema, Mapping) else None,
            enum=tuple(raw.get("enum") or ()),
            documented=documented,
        )

    def verdict(self, now: Any, values: Sequence[JSON] = ()) -> str | None:
        """``confirmed``, ``contradicted`` or None (still needed).

        ``now`` is what the documents say of the field now (the schema the build derives
        from them, the enum values they give, or None for nothing); ``values`` are the
        field's values in their examples. Confirmed: they say what the entry says, so the
        entry is redundant. Contradicted: they changed, and an example now shows a value
        the entry's type refuses. A change whose examples the entry's type still reads
        (the portal showing "14" where the build's name rule would make a decimal of it)
        leaves the entry needed, not contradicted.
        """
        if self.enum:
            return "confirmed" if now is not None and set(self.enum) <= set(now) else None
        if now == self.schema:
            return "confirmed"
        if now is None or now == self.documented or self.schema is None:
            return None
        if all(fits(self.schema, v) for v in values if v is not None):
            return None
        return "contradicted"


def fits(schema: Schema, value: JSON) -> bool:
    """Whether a non-null JSON value is of the kind ``schema`` (a response schema) allows.

    Only the kind is checked (number, string, object...): enough to tell that a value
    contradicts a type, without resolving references or formats.
    """
    if schema.get("x-katana-type") == "decimal":
        return (isinstance(value, int | float) and not isinstance(value, bool)) or (
            isinstance(value, str) and bool(re.fullmatch(DECIMAL_STRING_PATTERN, value))
        )
    if "$ref" in schema:
        return isinstance(value, dict)
    if "anyOf" in schema:
        return any(fits(branch, value) for branch in schema["anyOf"])
    kinds = schema.get("type")
    if kinds is None:
        return True
    allowed = {kinds} if isinstance(kinds, str) else set(kinds)
    python = {
        "string": str,
        "boolean": bool,
        "object": dict,
        "array": list,
        "integer": int,
        "number": int | float,
    }
    return any(
        isinstance(value, python[k]) and not (isinstance(value, bool) and k != "boolean")
        for k in allowed
        if k in python
    )


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
    #: Per applied ``reported`` entry (``Model.field``): the :meth:`Reported.verdict` and
    #: what the documents now say of the field (None: nothing).
    verdicts: dict[str, tuple[str | None, Any]] = field(default_factory=dict)

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
        reported = {p.partition(".")[2] for p in self.hints.reported if p.startswith(model + ".")}
        keys = sorted({k for o in objs for k in o} | reported)
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
        """Schema of one property of ``model``: reported from live accounts, or derived."""
        path = f"{model}.{key}"
        reported = self.hints.reported.get(path)
        if reported is None:
            return self.derived_schema(model, key, values)
        self.samples.used_hints.add(path)
        mark = len(self.unresolved)
        derived = self.derived_schema(model, key, values) if values else {}
        del self.unresolved[mark:]  # the entry gives the type; no warning for it
        if reported.schema is not None:
            now = derived or None
            self.verdicts[path] = (reported.verdict(now, values), now)
            return dict(reported.schema)
        documented: list[str] | None = None
        if "enum" in derived:
            documented = [v for v in derived["enum"] if v is not None]
        elif derived.get("type") == "string":
            documented = [v for v in values if isinstance(v, str)]
        self.verdicts[path] = (reported.verdict(documented), documented)
        return {"type": "string", "enum": sorted({*(documented or ()), *reported.enum})}

    def derived_schema(self, model: str, key: str, values: list[JSON]) -> Schema:
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
