"""The one reader that turns decoded JSON objects into models; no code is compiled.

`read` is driven by data: each model's `__katana_fields__` (JSON keys) and annotations
(`get_type_hints`, once per model) make its `_Plan`. Reading converts a decoded object
that nobody else holds in place, and the object becomes the instance's `__dict__`: a
missing key reads as the class attribute holding the field's default (None, `UNSET` in
a request model), and `Model.model_fields_set` is the fields in `__dict__`.

An object with the keys of an earlier one of its size (its "layout", checked by one
`itemgetter` call) is read by the tuple of its values' classes, which names the fields
to convert; a field whose value has its type already is not visited. Other objects
(unknown keys, a new layout) are read key by key.

A value that cannot be read as its field's type goes to `additional_properties` under
its JSON key and is logged once per model and key (WARNING, `katana_client.models`),
with the operation, never the value. A missing or unreadable required field raises
`KatanaResponseShapeError`; in a nested object, that object is the unreadable value.
"""

from __future__ import annotations

import enum
import logging
import types
import typing
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from operator import itemgetter
from typing import Any, Final, NamedTuple

import attrs

from katana_client._errors import KatanaResponseShapeError

from ._convert import (
    _decimals_by_text,
    to_bool,
    to_date,
    to_datetime,
    to_decimal,
    to_enum,
    to_int,
    to_str,
)
from ._types import Unset

__all__ = ["MAX_LAYOUTS", "copy_json", "plan_of", "read"]

logger: Final = logging.getLogger("katana_client.models")

MAX_LAYOUTS: Final = 32  # layouts per model; objects of others are read key by key
_MAX_PATTERNS: Final = 1024  # value-class patterns per layout; others are not kept

#: The operationId whose response is being read (set by `build_response`).
_OPERATION: ContextVar[str | None] = ContextVar("katana_reading_operation", default=None)
# (model, key) pairs already logged as unreadable; bounded like the patterns.
_LOGGED: set[tuple[str, str]] = set()
_MAX_LOGGED: Final = 4096

_new = object.__new__
_MISSING: Final = object()  # no field keeps an `object`
_PLANS: dict[type[Any], _Plan] = {}
_NoneType: Final = type(None)
_LEAVES: Final = frozenset({str, int, bool, float, Decimal, _NoneType})  # not copied
_NOT_READ: Final = (_NoneType, Unset)  # annotation members no JSON value is read as
Convert = Callable[[Any], Any]


# Named tuples rather than attrs classes: each of those costs about half a millisecond
# of `import katana_client`, and these are never changed, only their dicts.
class _Field(NamedTuple):
    key: str
    attr: str
    ok: frozenset[type]  # classes kept as they are (None's among them when allowed)
    convert: Convert | None  # None: any value is kept (an `Any` field)
    required: bool
    target: Any  # the one type besides None the field holds, else None (a union)


# A field to convert: (its value's index in the layout, JSON key, converter, field).
_Todo = tuple[int, str, Convert, _Field]


class _Layout(NamedTuple):
    getter: Callable[[dict[str, Any]], tuple[Any, ...]]
    fields: tuple[_Field, ...]  # in the layout's key order
    renames: tuple[tuple[str, str], ...]  # (JSON key, attribute) where they differ
    patterns: dict[tuple[type, ...], tuple[_Todo, ...]]


class _Plan(NamedTuple):
    """How to read one model class: its fields by JSON key and its known layouts."""

    model: type[Any]
    by_key: dict[str, _Field]
    # Checked first, scalars first, so that an object refused for one is left as it came
    # (nested in another, it is then the value of an unreadable field).
    required: tuple[_Field, ...]
    layouts: dict[int, _Layout]


def plan_of(cls: type[Any]) -> _Plan:
    """The reading plan of model class `cls`, made on its first read and kept on it."""
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        fields = []
        keys = {attribute: key for key, attribute, _ in cls.__katana_fields__}
        for field in attrs.fields(cls):
            if field.name not in keys:
                continue
            if field.default is not attrs.NOTHING:  # what a missing key reads as
                setattr(cls, field.name, field.default)
            hint = hints[field.name]
            members = [m for m in typing.get_args(hint) or (hint,) if m not in _NOT_READ]
            target = members[0] if len(members) == 1 and _is_union(hint) else hint
            required = field.default is attrs.NOTHING
            fields.append(_Field(keys[field.name], field.name, *_converter(hint), required, target))
        scalars_first = tuple(
            sorted((f for f in fields if f.required), key=lambda f: f.target not in _SCALARS)
        )
        plan = _PLANS[cls] = _Plan(cls, {f.key: f for f in fields}, scalars_first, {})
    return plan


def read(cls: type[Any], data: dict[str, Any]) -> Any:
    """Read decoded JSON object `data`, which nobody else holds, as a `cls` instance.

    Raises:
        KatanaResponseShapeError: A required field is missing or unreadable.
    """
    return _read(_PLANS.get(cls) or plan_of(cls), cls, data)


def _read(plan: _Plan, cls: type[Any], data: dict[str, Any]) -> Any:
    layout = plan.layouts.get(len(data))
    if layout is not None:
        try:
            values = layout.getter(data)
        except KeyError:
            pass
        else:
            kinds = tuple(map(type, values))
            todo = layout.patterns.get(kinds)
            if todo is None:
                todo = _pattern(layout, kinds)
            for index, key, convert, field in todo:
                try:
                    data[key] = convert(values[index])
                except (ValueError, TypeError):
                    _set_aside_in_place(plan, data, field)
            if layout.renames:
                for key, attribute in layout.renames:
                    if key in data:  # not when set aside
                        data[attribute] = data.pop(key)
            obj = _new(cls)
            obj.__dict__ = data
            return obj
    return _read_by_key(plan, cls, data)


def _pattern(layout: _Layout, kinds: tuple[type, ...]) -> tuple[_Todo, ...]:
    todo = sorted(
        (
            (index, field.key, _fast(field, kind) or field.convert, field)
            for index, (field, kind) in enumerate(zip(layout.fields, kinds, strict=True))
            if field.convert is not None and kind not in field.ok
        ),
        key=lambda item: not item[3].required,  # see `_Plan.required`
    )
    found = tuple(todo)
    if len(layout.patterns) < _MAX_PATTERNS:
        layout.patterns[kinds] = found
    return found


def _fast(field: _Field, kind: type) -> Convert | None:
    """A converter of values of class `kind` for `field` that costs no Python frame:
    the decimal cache (which reads a miss), or a reader bound to a nested model's plan."""
    target = field.target
    if target is Decimal and (kind is str or kind is int):
        return _decimals_by_text.__getitem__
    if kind is dict and hasattr(target, "__katana_fields__"):
        return partial(_read, plan_of(target), target)
    if kind is list and typing.get_origin(target) is list:
        item = typing.get_args(target)[0]
        if hasattr(item, "__katana_fields__"):
            return partial(_read_objects, plan_of(item), item)
    return None


def _read_required(plan: _Plan, data: dict[str, Any]) -> None:
    """Convert the required fields in place, first; raise if one is missing or unreadable."""
    for field in plan.required:
        if field.key not in data:
            _shape_error(plan, field.key, "is missing")
        value = data[field.key]
        if field.convert is not None and value.__class__ not in field.ok:
            try:
                data[field.key] = field.convert(value)
            except (ValueError, TypeError):
                _shape_error(plan, field.key, "cannot be read as its type")


def _read_by_key(plan: _Plan, cls: type[Any], data: dict[str, Any]) -> Any:
    if plan.required:
        _read_required(plan, data)
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    unknown = False
    by_key = plan.by_key
    for key, value in data.items():
        field = by_key.get(key)
        if field is None:
            extra[key] = value
            unknown = True
        elif field.convert is None or field.required or value.__class__ in field.ok:
            out[field.attr] = value  # a required value was converted above
        else:
            try:
                out[field.attr] = field.convert(value)
            except (ValueError, TypeError):
                _set_aside(plan, extra, field, value)
    if not unknown:
        _learn(plan, data)
    if extra:
        out["additional_properties"] = extra
    obj = _new(cls)
    obj.__dict__ = out
    return obj


def _readable_objects(plan: _Plan, cls: type[Any], items: list[Any]) -> bool:
    """Whether `items` are objects (or `cls` models) holding readable values for the
    required fields: checked before a list is read in place, so that a list refused
    for one bad object stays as it came. Allocates nothing in the common case."""
    for item in items:
        if item.__class__ is not dict:
            if item.__class__ is cls:  # a model already (from_dict of a list of models)
                continue
            return False
        for field in plan.required:
            value = item.get(field.key, _MISSING)
            if field.convert is None or value.__class__ in field.ok:
                continue
            if value is _MISSING:
                return False
            try:
                field.convert(copy_json(value))
            except (ValueError, TypeError):
                return False
    return True


def copy_json(value: Any) -> Any:
    """A copy of the mappings and lists in `value` (reading converts them in place)."""
    if value.__class__ is list:
        return [v if v.__class__ in _LEAVES else copy_json(v) for v in value]
    if value.__class__ is dict or isinstance(value, Mapping):
        return {k: v if v.__class__ in _LEAVES else copy_json(v) for k, v in value.items()}
    return value


def _learn(plan: _Plan, data: dict[str, Any]) -> None:
    """Keep the keys of `data` (all of them known) as the layout of its size."""
    size = len(data)
    if size < 2 or size in plan.layouts or len(plan.layouts) >= MAX_LAYOUTS:
        return
    fields = tuple(plan.by_key[key] for key in data)
    renames = tuple((f.key, f.attr) for f in fields if f.key != f.attr)
    getter: Any = itemgetter(*data)
    plan.layouts.setdefault(size, _Layout(getter, fields, renames, {}))


def _set_aside_in_place(plan: _Plan, data: dict[str, Any], field: _Field) -> None:
    if field.required:  # required fields come first: `data` is as it came
        _shape_error(plan, field.key, "cannot be read as its type")
    extra = data.setdefault("additional_properties", {})
    _set_aside(plan, extra, field, data.pop(field.key))


def _set_aside(plan: _Plan, extra: dict[str, Any], field: _Field, value: Any) -> None:
    """Keep an unreadable value in `extra` (`additional_properties`) under its key; log it."""
    extra[field.key] = value
    name = plan.model.__name__
    if (name, field.key) not in _LOGGED and len(_LOGGED) < _MAX_LOGGED:
        _LOGGED.add((name, field.key))
        operation = _OPERATION.get() or "unknown"
        logger.warning(
            "%s.%s: a %s value that cannot be read as the field's type is kept in "
            "additional_properties[%r] (operation %s; logged once per field)",
            *(name, field.attr, type(value).__name__, field.key, operation),
        )


def _shape_error(plan: _Plan, key: str, problem: str) -> typing.NoReturn:
    operation = _OPERATION.get()
    name = plan.model.__name__
    raise KatanaResponseShapeError(
        f"{name}: required field {key!r} {problem}"
        + (f" in the response of {operation}" if operation else ""),
        model=name,
        field=key,
        operation=operation,
    )


# --- converters, derived from a field's annotation --------------------------------------

_SCALARS: Final[dict[Any, Convert]] = {
    int: to_int,
    str: to_str,
    bool: to_bool,
    Decimal: to_decimal,
    datetime: to_datetime,
    date: to_date,
}


def _converter(annotation: Any) -> tuple[frozenset[type], Convert | None]:
    """The classes kept as they are, and the converter of any other value.

    `T | None` keeps None too; `Unset` is never read from JSON. A union of several types
    (the request filters' `where` values) keeps a value of any member's class and
    converts others with the first member that reads them.
    """
    members = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    none = frozenset({_NoneType}) if _NoneType in members else frozenset()
    members = tuple(m for m in members if m is not _NoneType and m is not Unset)
    if Any in members:
        return frozenset(), None
    parts = [_member(m) for m in members]
    ok = none.union(*(p[0] for p in parts))
    if len(parts) == 1:
        return ok, parts[0][1]
    converts = tuple(p[1] for p in parts)

    def convert_union(value: Any) -> Any:
        for convert in converts:
            try:
                return convert(value)
            except (ValueError, TypeError):
                pass
        raise ValueError(f"a {type(value).__name__} matches no member of the union")

    return ok, convert_union


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _member(annotation: Any) -> tuple[frozenset[type], Convert]:
    if annotation is Decimal:  # a Decimal too: `loads` reads NaN and 1E+999999 as one
        return frozenset(), to_decimal
    if annotation in _SCALARS:
        return frozenset({annotation}), _SCALARS[annotation]
    if typing.get_origin(annotation) is list:
        return frozenset(), _list_converter(typing.get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return frozenset({annotation}), partial(to_enum, annotation)
    if isinstance(annotation, type) and hasattr(annotation, "__katana_fields__"):
        return frozenset({annotation}), _model_converter(annotation)
    raise TypeError(f"no reader for the annotation {annotation!r}")


def _model_converter(cls: type[Any]) -> Convert:
    def convert(value: Any) -> Any:
        if value.__class__ is dict:
            return read(cls, value)
        if isinstance(value, cls):
            return value
        raise ValueError(f"a {type(value).__name__} is not a {cls.__name__} object")

    return convert


def _list_converter(item: Any) -> Convert:
    if isinstance(item, type) and hasattr(item, "__katana_fields__"):
        return partial(_read_objects, None, item)
    ok, convert = _converter(item)

    def convert_list(value: Any) -> Any:
        if value.__class__ is not list:
            raise ValueError(f"a {type(value).__name__} is not a list")
        if convert is None or ok.issuperset(map(type, value)):
            return value
        # A new list: one that holds an unreadable item stays as it came.
        return [entry if entry.__class__ in ok else convert(entry) for entry in value]

    return convert_list


def _read_objects(plan: _Plan | None, cls: type[Any], value: Any) -> Any:
    """Read a list of `cls` objects in place. A list that holds anything but objects (or
    `cls` models), or an object without its required fields, is refused untouched."""
    if value.__class__ is not list:
        raise ValueError(f"a {type(value).__name__} is not a list of objects")
    if plan is None:
        plan = _PLANS.get(cls) or plan_of(cls)
    if not _readable_objects(plan, cls, value):
        raise ValueError(f"a list of {cls.__name__} objects holds something else")
    for index, item in enumerate(value):
        if item.__class__ is dict:
            value[index] = _read(plan, cls, item)
    return value
