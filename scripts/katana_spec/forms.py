"""Spell the built spec so that openapi-python-client 0.29.1 reads it as meant.

The built spec is valid OpenAPI 3.1 and is exactly what the generator reads: nothing
rewrites it in memory between ``openapi/katana-openapi.yaml`` and the generator. Two
spellings that 3.1 allows make the generator produce something other than what the
schema means, so the build writes the equivalent spelling the generator handles:

- A nullable enum (``type: [string, "null"]`` with ``null`` among the values) becomes
  a union of three copies of the enum (``SalesOrderStatusType1``, ...Type2Type1...).
  The build names the enum as a component, under the name the generator would give the
  inline enum (``SalesOrderStatus``), and the property refers to it with
  ``anyOf: [{$ref: ...}, {type: "null"}]``: same values, same nullability, one class.
- An enum whose values differ only in case (``NOT_SENT`` and ``notSent``) gives two
  members the same name, which the generator refuses. Both values are real, so both
  stay; ``x-enum-varnames`` names the later ones with a numeric suffix.

These forms depend on the generator's naming rules, so its own ``strings`` helpers
compute the names (it is pinned in the ``dev`` extra, like everything that builds).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from openapi_python_client.strings import pascal_case, snake_case

Doc = dict[str, Any]
REF_PREFIX = "#/components/schemas/"


class FormError(Exception):
    """The spec holds a form this module does not know how to spell for the generator."""


def is_nullable_enum(schema: Any) -> bool:
    """Whether ``schema`` is an inline enum that also allows null (the 3.1 spelling)."""
    if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list):
        return False
    kinds = schema.get("type")
    return None in schema["enum"] or (isinstance(kinds, list) and "null" in kinds)


def spell_for_generator(spec: Doc) -> None:
    """Apply both spellings to the whole built spec, in place (see the module doc)."""
    schemas: Doc = spec["components"]["schemas"]
    name_nullable_enums(schemas)
    spec["components"]["schemas"] = dict(sorted(schemas.items()))
    left = [where for where, node in _walk(spec, "") if is_nullable_enum(node)]
    if left:
        raise FormError(
            "nullable enums outside a component's properties (extend "
            "katana_spec.forms.name_nullable_enums): " + ", ".join(left)
        )
    name_colliding_enum_members(spec)


def name_nullable_enums(schemas: MutableMapping[str, Doc]) -> list[str]:
    """Move each nullable enum property of a component into a component of its own.

    ``schemas`` is ``components/schemas``; it gains the enum components. Returns their
    names. A nullable enum anywhere else (a parameter, an array's items, a nested
    inline object) is left for :func:`spell_for_generator` to refuse: the generator's
    name for it depends on where it sits, and no document has one there yet.
    """
    enums: dict[str, Doc] = {}
    for parent, schema in schemas.items():
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        for key, prop in properties.items():
            if not is_nullable_enum(prop):
                continue
            # What the generator names an inline enum: its parent's class, then the key.
            name = pascal_case(parent) + pascal_case(key)
            if name in schemas or name in enums:
                raise FormError(f"{parent}.{key}: its enum would be named {name}, which is taken")
            kinds = prop.get("type")
            others = [k for k in kinds if k != "null"] if isinstance(kinds, list) else [kinds]
            enum: Doc = {"type": others[0]} if len(others) == 1 and others[0] else {}
            enum["enum"] = [value for value in prop["enum"] if value is not None]
            enums[name] = enum
            rest = {k: v for k, v in prop.items() if k not in ("type", "enum")}
            properties[key] = {"anyOf": [{"$ref": REF_PREFIX + name}, {"type": "null"}], **rest}
    schemas.update(enums)
    return list(enums)


def name_colliding_enum_members(node: Any) -> None:
    """Give enums whose values differ only in case distinct member names, in place.

    openapi-python-client names a member ``snake_case(value).upper()`` and refuses an
    enum where two values give the same name. Purchase orders' ``last_document_status``
    is ``NOT_SENT`` in the portal's examples and ``notSent`` in the gateway; both are
    real. Such an enum gets ``x-enum-varnames`` with a numeric suffix on the later
    duplicates; the values are untouched.
    """
    if isinstance(node, list):
        for child in node:
            name_colliding_enum_members(child)
        return
    if not isinstance(node, dict):
        return
    values = node.get("enum")
    if isinstance(values, list) and "x-enum-varnames" not in node:
        strings = [v for v in values if isinstance(v, str)]
        if len(strings) == len([v for v in values if v is not None]):
            keys = [
                snake_case(v).upper() if v[:1].isalpha() else f"VALUE_{i}"
                for i, v in enumerate(strings)
            ]
            if len(set(keys)) < len(keys):
                seen: dict[str, int] = {}
                names = []
                for key in keys:
                    seen[key] = seen.get(key, 0) + 1
                    names.append(key if seen[key] == 1 else f"{key}_{seen[key]}")
                node["x-enum-varnames"] = names
                if len(strings) < len(values):  # the generator drops null before naming
                    node["enum"] = [*strings, None]
    for child in node.values():
        name_colliding_enum_members(child)


def _walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    yield where, node
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _walk(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, f"{where}/{index}")
