"""How a property reads, and what the model template prints, decided in Python.

Every property openapi-python-client parses is reduced to a kind (`kind`), from which
its annotation (`annotation`) and its `__katana_fields__` entry (`read_kind`) follow.
The kinds, not the generator's property templates, decide the generated code, because
the generator's defaults are strict (an unknown enum value or a string where a number
was promised raises) and Katana's responses are not. `plan.py` reads endpoint
parameters and results the same way, so models and endpoints agree on every type.

Decimals: `x-katana-type: decimal` fields are `anyOf: [number, string]` in the built
spec, which the generator reads as a union of float and str. Such a union, and every
plain `type: number`, is a decimal. Nullability (`| None`) comes from a `null` member
of a union: the spec is OpenAPI 3.1, which has no `nullable`.

Secrets: a field whose JSON key names a credential (`is_secret`: a webhook's signing
`token`) is left out of the model's repr, so that logging or printing a model never
shows it; the attribute and `to_dict()` still hold it.

`plan_models` gives each model's `ModelPlan`, which `openapi/templates/model.py.jinja`
prints; `tests/test_generation_plan.py` tests these decisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "Field",
    "ModelPlan",
    "annotation",
    "is_secret",
    "kind",
    "non_null",
    "nullable",
    "plan_models",
    "read_kind",
    "request_models",
    "text_of",
]

_KINDS = {
    "FloatProperty": "decimal",
    "IntProperty": "int",
    "StringProperty": "str",
    "UuidProperty": "str",
    "BooleanProperty": "bool",
    "DateTimeProperty": "datetime",
    "DateProperty": "date",
    "EnumProperty": "enum",
    "ModelProperty": "model",
    "ListProperty": "list",
}
_ANNOTATIONS = {
    "decimal": "Decimal",
    "int": "int",
    "str": "str",
    "bool": "bool",
    "datetime": "datetime.datetime",
    "date": "datetime.date",
}
# A JSON key naming a credential: one of these words, alone or between underscores.
_SECRET_KEY = re.compile(r"(?:^|_)(?:token|secret|password|passphrase|api_?key|private_key)(?:_|$)")
# Members of a union that make it a decimal, as long as a float is among them.
_NUMBER_LIKE = frozenset({"FloatProperty", "IntProperty", "StringProperty"})


def _cls(prop: Any) -> str:
    return str(prop.__class__.__name__)


def _members(prop: Any) -> list[Any]:
    """A union's members other than `null`."""
    return [p for p in prop.inner_properties if _cls(p) != "NoneProperty"]


def non_null(prop: Any) -> Any:
    """A nullable union's one other member; any other property as it is."""
    if _cls(prop) != "UnionProperty":
        return prop
    members = _members(prop)
    return members[0] if len(members) == 1 else prop


def kind(prop: Any) -> str:
    """The kind of a property.

    One of "decimal", "int", "str", "bool", "datetime", "date", "enum", "model", "list"
    or "any". A union with one member besides `null` is that member's kind; a union of
    a float with ints or strings (a decimal written either way) is "decimal"; any other
    union is "any".
    """
    if _cls(prop) != "UnionProperty":
        return _KINDS.get(_cls(prop), "any")
    members = _members(prop)
    if len(members) == 1:
        return kind(members[0])
    names = {_cls(p) for p in members}
    return "decimal" if "FloatProperty" in names and names <= _NUMBER_LIKE else "any"


def annotation(prop: Any) -> str:
    """The Python annotation of a value of the property, without `| None`.

    A list's items keep their `| None`. A union of several types (the search filters'
    `where` values) is annotated with them all, since guessing the member a JSON value
    belongs to could pick the wrong one; with any member untyped it is `Any`.
    """
    prop = non_null(prop)
    what = kind(prop)
    if what in _ANNOTATIONS:
        return _ANNOTATIONS[what]
    if what in ("enum", "model"):
        return str(prop.class_info.name)
    if what == "list":
        inner = prop.inner_property
        return f"list[{annotation(inner)}{' | None' if nullable(inner) else ''}]"
    if _cls(prop) == "UnionProperty":
        parts = list(dict.fromkeys(annotation(p) for p in _members(prop)))
        return "Any" if "Any" in parts else " | ".join(parts)
    return "Any"


def nullable(prop: Any) -> bool:
    """Whether the property may be null: it is a union with a `null` member."""
    return _cls(prop) == "UnionProperty" and len(_members(prop)) < len(prop.inner_properties)


def is_secret(key: str) -> bool:
    """Whether the field under JSON `key` holds a credential ("token", "client_secret",
    "api_key"), which the model's repr must not show."""
    return _SECRET_KEY.search(key.lower()) is not None


def read_kind(prop: Any) -> str:
    """The kind in a model's `__katana_fields__`.

    "int", "str", "bool", "decimal", "datetime", "date", "any", "enum:<Class>",
    "model:<Class>" or "list[<kind>]". `Model.to_dict` writes "int", "str", "bool" and
    "decimal" values as they are; the reader (`katana_client._runtime._readers`) works
    from the annotations.
    """
    prop = non_null(prop)
    what = kind(prop)
    if what in ("enum", "model"):
        return f"{what}:{prop.class_info.name}"
    if what == "list" and kind(prop.inner_property) != "any":
        return f"list[{read_kind(prop.inner_property)}]"
    return what if what in _ANNOTATIONS else "any"


@dataclass(frozen=True)
class Field:
    """One attrs field of a model.

    Attributes:
        key: The JSON key ("sku").
        name: The attribute (`zip_` for "zip").
        read_kind: Its `__katana_fields__` kind (see `read_kind`).
        annotation: The whole annotation: `T`, `T | None`, `T | None | Unset`.
        default: The default's source: "UNSET", "None", or None for a required field.
        doc: Katana's description of it ("" when none).
        secret: Whether it holds a credential (`is_secret`): it is left out of the repr.
    """

    key: str
    name: str
    read_kind: str
    annotation: str
    default: Literal["UNSET", "None"] | None
    doc: str
    secret: bool

    @property
    def declaration(self) -> str:
        """What follows `name: ` in the class body."""
        if self.secret:
            default = "" if self.default is None else f"default={self.default}, "
            return f"{self.annotation} = attrs.field({default}repr=False)"
        return self.annotation if self.default is None else f"{self.annotation} = {self.default}"


@dataclass(frozen=True)
class ModelPlan:
    """One model module (`generated/models/<module>.py`).

    Attributes:
        name: The class name.
        request: Whether it is a request body's model: its optional fields default to
            `UNSET` ("leave the key out"); a response model's to None.
        description: Katana's description ("" when none, or when it only repeats the name).
        fields: Required fields first, then optional ones, in the spec's order.
        imports: The models it refers to, as `from .<module> import <Class>` lines.
    """

    name: str
    request: bool
    description: str
    fields: tuple[Field, ...]
    imports: tuple[str, ...]


def plan_model(model: Any, *, request: bool) -> ModelPlan:
    """The plan of one of openapi-python-client's `ModelProperty`s."""
    fields = []
    for prop in [*model.required_properties, *model.optional_properties]:
        text = annotation(prop)
        null = nullable(prop)
        default: Literal["UNSET", "None"] | None = None
        if prop.required:
            text += " | None" if null else ""
        elif request:
            text += " | None | Unset" if null else " | Unset"
            default = "UNSET"
        else:
            # Read from responses: a missing key reads as None, whatever the spec says.
            text += " | None"
            default = "None"
        fields.append(
            Field(
                key=text_of(prop.name),
                name=str(prop.python_name),
                read_kind=read_kind(prop),
                annotation=text,
                default=default,
                doc=text_of(prop.description),
                secret=is_secret(text_of(prop.name)),
            )
        )
    name = str(model.class_info.name)
    description = text_of(model.description)
    return ModelPlan(
        name=name,
        request=request,
        description="" if description == name else description,
        fields=tuple(fields),
        imports=_model_imports([*(model.relative_imports or ()), *(model.lazy_imports or ())]),
    )


def plan_models(openapi: Any) -> dict[str, ModelPlan]:
    """Every model's plan, by class name (`openapi` is the generator's `GeneratorData`)."""
    request = request_models(openapi)
    return {
        str(m.class_info.name): plan_model(m, request=m.class_info.name in request)
        for m in openapi.models
    }


def request_models(openapi: Any) -> frozenset[str]:
    """The models only request bodies use: they keep `UNSET` for "leave the key out".

    Every other model is read from responses (or webhook payloads, error bodies), where
    a missing key reads as None. A model used both ways is a response model.
    """
    models = {model.class_info.name: model for model in openapi.models}
    sent: set[str] = set()
    read: set[str] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                _reach(body.prop, models, sent)
            for response in endpoint.responses:
                _reach(response.prop, models, read)
    return frozenset(sent - read)


def _reach(prop: Any, models: Mapping[str, Any], found: set[str]) -> None:
    """Add the names of the models `prop` holds, at any depth, to `found`."""
    what = _cls(prop)
    if what == "ModelProperty" and prop.class_info.name not in found:
        found.add(prop.class_info.name)
        model = models[prop.class_info.name]
        for inner in [*model.required_properties, *model.optional_properties]:
            _reach(inner, models, found)
    elif what == "ListProperty":
        _reach(prop.inner_property, models, found)
    elif what == "UnionProperty":
        for inner in prop.inner_properties:
            _reach(inner, models, found)


def _model_imports(imports: Iterable[str]) -> tuple[str, ...]:
    """The generator's `from ..models.x import X` lines, as `from .x import X`, sorted."""
    prefix = "from ..models."
    lines = {"from ." + line[len(prefix) :] for line in imports if line.startswith(prefix)}
    return tuple(sorted(lines, key=lambda line: (line.lower(), line)))


def text_of(value: Any) -> str:
    """The text of a generator string (`UntrustedString` or `str`); "" for None."""
    if value is None:
        return ""
    unwrap = getattr(value, "get_untrusted_value", None)
    return str(unwrap() if unwrap is not None else value)
