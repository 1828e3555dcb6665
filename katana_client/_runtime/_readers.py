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

A nested object costs a call and a dispatch, about as much as reading a small one, so a
reader compiled while a nested model has one known layout reads those objects inline,
under the same guard (see `_model_lines`); before compiling, `learn` first learns the
layouts of the nested objects of the dict in hand.

`from_dict` reads a caller's dict and leaves it as it was, so its readers build new
lists. A response body, decoded JSON nobody else holds, is read by a second set of
readers (`by_size_owned`) that convert its lists in place: the page then allocates no
list of its own, which saves the garbage collections those allocations trigger.

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

import sys
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import partial
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

__all__ = ["MAX_LAYOUTS", "ModelReader", "Reader", "reader_of"]

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


def reader_of(cls: type[Any]) -> ModelReader | None:
    """The reader of model class `cls`, made on first use from its `__katana_fields__`.

    A subclass (a user's, of a generated model) reads with its model's reader. None for
    a class that is not a model.
    """
    reader = _READERS.get(cls)
    if reader is None:
        model = next((c for c in cls.__mro__ if "__katana_fields__" in vars(c)), None)
        if model is None:
            return None
        reader = _READERS.get(model)
        if reader is None:
            module = vars(sys.modules[model.__module__])
            reader = ModelReader(model.__katana_fields__, module)  # type: ignore[attr-defined]
            _READERS.setdefault(model, reader)
            reader = _READERS[model]
        _READERS.setdefault(cls, reader)
    return reader


class _Mode:
    """The readers of one model for one way of reading: copying or in place."""

    __slots__ = ("by_layout", "by_size", "generic", "owned")

    def __init__(self, *, owned: bool) -> None:
        self.owned = owned
        self.by_layout: dict[frozenset[str], Reader] = {}
        self.by_size: dict[int, Reader] = {}
        self.generic: Reader | None = None


class ModelReader:
    """Compiles and caches the readers of one generated model class.

    The model module creates one with its field table and namespace, calls `bind` once
    its class exists, and reads a plain dict with `by_size.get(len(src_dict))`, or
    `learn(src_dict)` when that finds nothing or the mapping is not a dict.

    There are two sets of readers. `from_dict` reads a caller's dict and must leave it
    as it was, so lists are read into new lists. Decoded JSON that nobody else holds
    (a response body, `from_json`) is read by the "owned" readers (`by_size_owned`,
    `learn_owned`), which convert its lists in place: a page read that way allocates
    no list of its own, which saves the allocations and, more, the garbage
    collections they trigger (half of them on a page of products).
    """

    __slots__ = ("_copying", "_fields", "_first_keys", "_lock", "_module", "_owning", "_refs")

    def __init__(self, fields: tuple[tuple[str, str, str], ...], module: dict[str, Any]) -> None:
        """`fields` are `(json key, attribute, kind)`; `module` is the model's `globals()`."""
        for _, attribute, _ in fields:
            if not attribute.isidentifier():
                raise ValueError(f"not an attribute name: {attribute!r}")
        self._fields = fields
        self._module = module
        self._refs: dict[str, Any] | None = None
        self._lock = threading.Lock()
        self._copying = _Mode(owned=False)
        self._owning = _Mode(owned=True)
        # The layouts compiled in either mode, each with the key order first seen.
        self._first_keys: dict[frozenset[str], tuple[str, ...]] = {}

    @property
    def by_layout(self) -> dict[frozenset[str], Reader]:
        """The copying readers by key set."""
        return self._copying.by_layout

    @property
    def by_size(self) -> dict[int, Reader]:
        """The copying reader of the first key set of each size."""
        return self._copying.by_size

    @property
    def by_size_owned(self) -> dict[int, Reader]:
        """The in-place reader of the first key set of each size."""
        return self._owning.by_size

    def bind(self, cls: type[Any]) -> None:
        """Register `cls` as the model this reader reads (for nested dispatch)."""
        _READERS[cls] = self

    def learn(self, src_dict: Mapping[str, Any]) -> Reader:
        """The copying reader for `src_dict`'s key set: compiled and cached, or generic."""
        return self._learn(src_dict, self._copying)

    def learn_owned(self, src_dict: Mapping[str, Any]) -> Reader:
        """The in-place reader for `src_dict`'s key set (see the class doc)."""
        return self._learn(src_dict, self._owning)

    def _learn(self, src_dict: Mapping[str, Any], mode: _Mode) -> Reader:
        if src_dict.__class__ is not dict:
            return self._generic_reader(mode)
        keys = tuple(src_dict)
        if not all(key.__class__ is str for key in keys):
            return self._generic_reader(mode)
        layout = frozenset(keys)
        reader = mode.by_layout.get(layout)
        if reader is not None:
            return reader
        if self._past_limit(layout):
            return self._generic_reader(mode)  # checked again under the lock below
        self._learn_nested(src_dict, mode)
        with self._lock:
            reader = mode.by_layout.get(layout)
            if reader is None:
                if self._past_limit(layout):
                    return self._generic_reader(mode)
                keys = self._first_keys.setdefault(layout, keys)
                reader = self._compile(keys, mode)
                mode.by_layout[layout] = reader
            # The first layout of each size keeps the fast slot: two layouts of one size
            # taking turns would otherwise recompile nothing but swap on every object.
            mode.by_size.setdefault(len(keys), reader)
            return reader

    def _past_limit(self, layout: frozenset[str]) -> bool:
        """Whether `layout` is new and this model already has `MAX_LAYOUTS` layouts."""
        return layout not in self._first_keys and len(self._first_keys) >= MAX_LAYOUTS

    def _learn_nested(self, src_dict: dict[str, Any], mode: _Mode) -> None:
        """Learn the layouts of the nested objects in `src_dict` before compiling its own.

        A reader compiled while its nested model has a single layout reads the nested
        objects inline (see `_model_lines`), and this object is the first sample of them.
        Outside the lock: a model may nest itself, and the data's depth bounds the walk.
        """
        for key, _, kind in self._fields:
            name = kind.removeprefix("list[").removesuffix("]")
            if not name.startswith("model:"):
                continue
            value = src_dict.get(key)
            if kind.startswith("list[") and type(value) is list:
                value = next((item for item in value if type(item) is dict), None)
            nested = reader_of(self._ref(name[6:]))
            if type(value) is dict and nested is not None:
                nested._learn(value, nested._owning if mode.owned else nested._copying)

    def single_layout(self) -> tuple[str, ...] | None:
        """The keys of this model's only known layout, if it has one without unknown keys."""
        # A copy (one C call, atomic under the GIL): another thread may be adding a
        # layout under this model's lock, which a parent compiling now does not hold.
        layouts = self._first_keys.copy()
        if len(layouts) != 1:
            return None
        ((layout, keys),) = layouts.items()
        known = frozenset(key for key, _, _ in self._fields)
        if not layout or not known.issuperset(layout):
            return None
        return keys

    def _generic_reader(self, mode: _Mode) -> Reader:
        if mode.generic is None:
            mode.generic = self._compile(None, mode)
        return mode.generic

    def _compile(self, keys: tuple[str, ...] | None, mode: _Mode) -> Reader:
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
            # `_learn` finds (or compiles) the reader of exactly these keys.
            namespace["_other"] = partial(_read_learned, self, mode)
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
            lines += _convert_lines(kind, var, "    ", namespace, self._ref, 0, owned=mode.owned)
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


def _read_learned(
    reader: ModelReader, mode: _Mode, cls: type[Any], src_dict: Mapping[str, Any]
) -> Any:
    """Read `src_dict` with the reader of its own key set (its size found another).

    Its keys are those of the dict the size's reader failed on: a plain dict. A key set
    seen before is found by one lookup; only a new one goes through `_learn`.
    """
    known = mode.by_layout.get(frozenset(src_dict))
    if known is None:
        known = reader._learn(src_dict, mode)
    return known(cls, src_dict)


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
    *,
    owned: bool,
    inline: bool = True,
) -> list[str]:
    """Statements that convert the JSON value in `var`, in place, as `kind` says.

    `depth` keeps the names of nested loops and inlined objects apart; `inline` allows
    one level of nested objects to be read inline (see `_model_lines`); `owned` says
    that lists may be converted in place (see `ModelReader`).
    """
    if kind in _SCALAR:
        return [indent + line.format(v=var) for line in _SCALAR[kind]]
    if kind.startswith("enum:"):
        slot = _constant(namespace, ref(kind[5:]))
        return [f"{indent}if {var} is not None:", f"{indent}    {var} = to_enum({slot}, {var})"]
    if kind.startswith("model:"):
        return _model_lines(
            ref(kind[6:]), var, indent, namespace, depth, owned=owned, inline=inline
        )
    if kind.startswith("list[") and kind.endswith("]"):
        item, items = f"_i{depth}", f"_l{depth}"
        inner = _convert_lines(
            kind[5:-1],
            item,
            indent + "        ",
            namespace,
            ref,
            depth + 1,
            owned=owned,
            inline=inline,
        )
        if not inner:
            return []
        if owned:
            return [
                f"{indent}if type({var}) is list:",
                f"{indent}    for {items}, {item} in enumerate({var}):",
                *inner,
                f"{indent}        {var}[{items}] = {item}",
            ]
        return [
            f"{indent}if type({var}) is list:",
            f"{indent}    {items} = []",
            f"{indent}    for {item} in {var}:",
            *inner,
            f"{indent}        {items}.append({item})",
            f"{indent}    {var} = {items}",
        ]
    raise ValueError(f"unknown field kind {kind!r}")


def _model_lines(
    cls: type[Any],
    var: str,
    indent: str,
    namespace: dict[str, Any],
    depth: int,
    *,
    owned: bool,
    inline: bool,
) -> list[str]:
    """A nested object: read inline, or by its model's reader for its size.

    A call per nested object costs about as much as reading a small one, so when the
    nested model has one known layout (the usual case: a variant's config attributes),
    its reading is written into this reader, guarded as the compiled reader guards
    itself (the same number of keys, all of them present). Any other object, and
    objects nested deeper, go through the nested model's own readers.
    """
    slot = _constant(namespace, cls)
    # The model's own entry point for this way of reading reads any other object.
    slow = f"{slot}.{'_from_owned' if owned else 'from_dict'}({var})"
    nested = reader_of(cls)
    if nested is None:
        return [f"{indent}if type({var}) is dict:", f"{indent}    {var} = {slow}"]
    sizes = _constant(namespace, nested.by_size_owned if owned else nested.by_size)
    keys = nested.single_layout() if inline else None
    if keys is None:
        return [
            f"{indent}if type({var}) is dict:",
            f"{indent}    _r = {sizes}.get(len({var}))",
            f"{indent}    {var} = _r({slot}, {var}) if _r is not None else {slow}",
        ]
    getter = _constant(namespace, itemgetter(*keys))
    obj = f"_o{depth}"
    names = {key: f"n{depth}_{index}" for index, key in enumerate(keys)}
    target = f"({', '.join(names.values())},)" if len(keys) > 1 else names[keys[0]]
    body = f"{indent}            "
    lines = [
        f"{indent}if type({var}) is dict:",
        f"{indent}    if len({var}) == {len(keys)}:",
        f"{indent}        try:",
        f"{body}{target} = {getter}({var})",
        f"{indent}        except KeyError:",
        f"{body}{obj} = {slow}",
        f"{indent}        else:",
        f"{body}{obj} = _new({slot})",
    ]
    for key, attribute, kind in nested._fields:
        if key not in names:
            lines.append(f"{body}{obj}.{attribute} = UNSET")
            continue
        value = names[key]
        lines += _convert_lines(
            kind, value, body, namespace, nested._ref, depth + 1, owned=owned, inline=False
        )
        lines.append(f"{body}{obj}.{attribute} = {value}")
    lines += [
        f"{indent}        {var} = {obj}",
        f"{indent}    else:",
        f"{indent}        {var} = {slow}",
    ]
    return lines


def _constant(namespace: dict[str, Any], value: Any) -> str:
    """Bind `value` in the reader's namespace and return the name it is bound to."""
    for name, bound in namespace.items():
        if name.startswith("_c") and bound is value:
            return name
    name = f"_c{sum(1 for n in namespace if n.startswith('_c'))}"
    namespace[name] = value
    return name
