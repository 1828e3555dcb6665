"""Readers that turn decoded JSON objects into models, compiled once per set of keys.

A generated model lists its fields as `(json key, attribute, kind)` triples and asks its
`ModelReader` for a function that reads one JSON object. Katana sends the objects of one
type with the same keys, so a reader is compiled for that key set (the "layout"): it
takes every value in one `itemgetter` call, assigns `UNSET` to the fields the layout
lacks without looking for them, and already knows whether any key is unknown (unknown
keys go to `additional_properties`, left unset when there are none: the model creates
the empty dict on first use).

Finding the reader is the costly part of reading a small object, so it is found by the
number of keys alone (`by_size`, one `len` and an int-keyed lookup) and the reader
checks the rest: the dict has as many keys as the layout and holds every one of them
(else `itemgetter` raises `KeyError`), so its keys are exactly the layout's, in any
order. Another key set of the same size (rare: other endpoints send other fields) falls
back to an exact lookup by key set (`by_layout`), which compiles its reader on first
sight. Only plain dicts take this path; other mappings are read by the generic reader.

Each field is converted with the same tolerant rule as the `to_*` readers (see
`_convert`): a value of the annotated type, None and UNSET are kept by an inline type
test; anything else goes through its `to_*` reader, which converts it when nothing is
lost and otherwise keeps it as it came. There is one code generator for every layout and
for the generic reader, so every path reads a value the same way.

Kinds: "int", "str", "bool", "decimal", "datetime", "date", "any", "enum:<Class>",
"model:<Class>" and "list[<kind>]". Class names are looked up in the model module's
namespace when the first reader is compiled (models import each other at module end).

The number of layouts compiled per model is bounded (`MAX_LAYOUTS`); past it, and for
mappings whose keys are not all strings, the generic reader (`get` per field, then a
set check for unknown keys) is used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any, Final

from ._convert import (
    _decimals_by_text,
    to_bool,
    to_date,
    to_decimal,
    to_enum,
    to_int,
    to_str,
)
from ._types import UNSET

__all__ = ["MAX_LAYOUTS", "ModelReader", "Reader"]

Reader = Callable[[type[Any], Mapping[str, Any]], Any]
"""A compiled reader: `reader(cls, src_dict)` returns a new instance of `cls`."""

MAX_LAYOUTS: Final = 32
"""Layouts compiled per model; later ones are read by the generic reader."""

# Names every compiled reader can use. `_dget` is the Decimal text cache's `get`: the
# cache is cleared in place, never replaced, so the bound method stays valid.
_BASE_NAMESPACE: Final[dict[str, Any]] = {
    "UNSET": UNSET,
    "Decimal": Decimal,
    "_new": object.__new__,
    "_fromiso": datetime.fromisoformat,
    "_dget": _decimals_by_text.get,
    "to_bool": to_bool,
    "to_date": to_date,
    "to_decimal": to_decimal,
    "to_enum": to_enum,
    "to_int": to_int,
    "to_str": to_str,
}

# Every model's reader, so that a compiled reader can dispatch a nested object to the
# nested model's compiled reader without a `from_dict` call in between.
_READERS: dict[type[Any], ModelReader] = {}


class ModelReader:
    """Compiles and caches the readers of one generated model class.

    The model module creates one with its field table and namespace, calls `bind` once
    its class exists, and reads a plain dict with `by_size.get(len(src_dict))`, or
    `learn(src_dict)` when that finds nothing or the mapping is not a dict.
    """

    __slots__ = ("_fields", "_generic", "_lock", "_module", "_refs", "by_layout", "by_size")

    def __init__(self, fields: tuple[tuple[str, str, str], ...], module: dict[str, Any]) -> None:
        """`fields` are `(json key, attribute, kind)`; `module` is the model's `globals()`."""
        for _, attribute, _ in fields:
            if not attribute.isidentifier():
                raise ValueError(f"not an attribute name: {attribute!r}")
        self._fields = fields
        self._module = module
        self._refs: dict[str, Any] | None = None
        self._generic: Reader | None = None
        self._lock = threading.Lock()
        self.by_layout: dict[frozenset[str], Reader] = {}
        self.by_size: dict[int, Reader] = {}

    def bind(self, cls: type[Any]) -> None:
        """Register `cls` as the model this reader reads (for nested dispatch)."""
        _READERS[cls] = self

    def learn(self, src_dict: Mapping[str, Any]) -> Reader:
        """The reader for `src_dict`'s key set: compiled and cached, or the generic one."""
        if src_dict.__class__ is not dict:
            return self._generic_reader()
        keys = tuple(src_dict)
        if not all(key.__class__ is str for key in keys):
            return self._generic_reader()
        layout = frozenset(keys)
        with self._lock:
            reader = self.by_layout.get(layout)
            if reader is None:
                if len(self.by_layout) >= MAX_LAYOUTS:
                    return self._generic_reader()
                reader = self._compile(keys)
                self.by_layout[layout] = reader
            # The first layout of each size keeps the fast slot: two layouts of one size
            # taking turns would otherwise recompile nothing but swap on every object.
            self.by_size.setdefault(len(keys), reader)
            return reader

    def _read_other_layout(self, cls: type[Any], src_dict: dict[str, Any]) -> Any:
        """Read a dict whose keys are not those of the reader its size found."""
        return self.learn(src_dict)(cls, src_dict)

    def _generic_reader(self) -> Reader:
        if self._generic is None:
            self._generic = self._compile(None)
        return self._generic

    def _compile(self, keys: tuple[str, ...] | None) -> Reader:
        namespace = dict(_BASE_NAMESPACE)
        namespace["_F"] = tuple(key for key, _, _ in self._fields)
        namespace["_KEYS"] = frozenset(namespace["_F"])
        lines = ["def read(cls, src_dict):"]
        position: dict[str, int] = {}
        if keys is None:
            lines.append("    get = src_dict.get")
        elif keys:
            # A dict of the found size that lacks one of these keys has another layout.
            namespace["_get"] = itemgetter(*keys)
            namespace["_other"] = self._read_other_layout
            position = {key: index for index, key in enumerate(keys)}
            names = "".join(f"v{index}, " for index in range(len(keys)))
            target = f"({names})" if len(keys) > 1 else "v0"
            lines += [
                "    try:",
                f"        {target} = _get(src_dict)",
                "    except KeyError:",
                "        return _other(cls, src_dict)",
            ]
        lines.append("    obj = _new(cls)")
        for index, (key, attribute, kind) in enumerate(self._fields):
            if keys is None:
                var = "v"
                lines.append(f"    v = get(_F[{index}], UNSET)")
            elif key in position:
                var = f"v{position[key]}"
            else:
                lines.append(f"    obj.{attribute} = UNSET")
                continue
            lines += _convert_lines(kind, var, "    ", namespace, self._ref, 0)
            lines.append(f"    obj.{attribute} = {var}")
        # No unknown key: `additional_properties` is left unset, and the model makes its
        # (empty) dict on first use, so an object read costs no dict of its own. Unknown
        # keys are copied in the order of this dict, not of the layout's first sighting.
        unknown = "{k: x for k, x in src_dict.items() if k not in _KEYS}"
        if keys is None:
            lines.append("    if not _KEYS.issuperset(src_dict):")
            lines.append(f"        obj.additional_properties = {unknown}")
        elif not namespace["_KEYS"].issuperset(keys):
            lines.append(f"    obj.additional_properties = {unknown}")
        lines.append("    return obj")
        code = compile("\n".join(lines) + "\n", f"<reader of {self._where()}>", "exec")
        exec(code, namespace)  # source built above from the field table; keys are never in it
        reader: Reader = namespace["read"]
        return reader

    def _ref(self, name: str) -> Any:
        if self._refs is None:
            self._refs = {}
        if name not in self._refs:
            self._refs[name] = self._module[name]
        return self._refs[name]

    def _where(self) -> str:
        return str(self._module.get("__name__", "model"))


# Statements converting the value in `{v}` in place, by kind (see `_convert`'s rule).
_SCALAR: Final[dict[str, tuple[str, ...]]] = {
    "int": ("if type({v}) is not int and {v} is not None:", "    {v} = to_int({v})"),
    "str": ("if type({v}) is not str and {v} is not None:", "    {v} = to_str({v})"),
    "bool": ("if type({v}) is not bool and {v} is not None:", "    {v} = to_bool({v})"),
    # A cached Decimal (of a text or an int) is looked up inline; a zero (falsy) goes
    # through `to_decimal`.
    "decimal": (
        "if type({v}) is not Decimal and {v} is not None:",
        "    if type({v}) is str or type({v}) is int:",
        "        {v} = _dget({v}) or to_decimal({v})",
        "    else:",
        "        {v} = to_decimal({v})",
    ),
    # `to_datetime` inlined: the same call and the same exception.
    "datetime": (
        "if type({v}) is str:",
        "    try:",
        "        {v} = _fromiso({v})",
        "    except ValueError:",
        "        pass",
    ),
    "date": ("if type({v}) is str:", "    {v} = to_date({v})"),
    "any": (),
}


def _convert_lines(
    kind: str,
    var: str,
    indent: str,
    namespace: dict[str, Any],
    ref: Callable[[str], Any],
    depth: int,
) -> list[str]:
    """Statements that convert the JSON value in `var`, in place, as `kind` says."""
    if kind in _SCALAR:
        return [indent + line.format(v=var) for line in _SCALAR[kind]]
    if kind.startswith("enum:"):
        slot = _constant(namespace, ref(kind[5:]))
        return [f"{indent}if {var} is not None:", f"{indent}    {var} = to_enum({slot}, {var})"]
    if kind.startswith("model:"):
        return _model_lines(ref(kind[6:]), var, indent, namespace)
    if kind.startswith("list[") and kind.endswith("]"):
        item, items = f"_i{depth}", f"_l{depth}"
        inner = _convert_lines(kind[5:-1], item, indent + "        ", namespace, ref, depth + 1)
        if not inner:
            return []
        return [
            f"{indent}if type({var}) is list:",
            f"{indent}    {items} = []",
            f"{indent}    for {item} in {var}:",
            *inner,
            f"{indent}        {items}.append({item})",
            f"{indent}    {var} = {items}",
        ]
    raise ValueError(f"unknown field kind {kind!r}")


def _model_lines(cls: type[Any], var: str, indent: str, namespace: dict[str, Any]) -> list[str]:
    """A nested object goes straight to its model's reader for its size when there is one."""
    slot = _constant(namespace, cls)
    nested = _READERS.get(cls)
    if nested is None:
        return [f"{indent}if type({var}) is dict:", f"{indent}    {var} = {slot}.from_dict({var})"]
    sizes = _constant(namespace, nested.by_size)
    return [
        f"{indent}if type({var}) is dict:",
        f"{indent}    _r = {sizes}.get(len({var}))",
        f"{indent}    {var} = _r({slot}, {var}) if _r is not None else {slot}.from_dict({var})",
    ]


def _constant(namespace: dict[str, Any], value: Any) -> str:
    """Bind `value` in the reader's namespace and return the name it is bound to."""
    for name, bound in namespace.items():
        if name.startswith("_c") and bound is value:
            return name
    name = f"_c{sum(1 for n in namespace if n.startswith('_c'))}"
    namespace[name] = value
    return name
