"""Typed decoding in C: a body whose every object has exactly its model's fields.

Most of Katana's bodies hold only what the models declare, each value of its field's
type. For those, msgspec (already the JSON decoder) reads the bytes straight into
structs made from the models, checking every type on the way, and `to_builtins` turns
the structs into the dicts that become the instances' `__dict__`; Python touches each
object once, to give it its class. A body that is anything else (an unknown key, a
value needing a conversion such as "12" for an int, a missing required field, another
envelope, a non-finite decimal, nesting near `MAX_JSON_DEPTH`, bad JSON) is refused as
a whole, and the caller reads it with `loads` and the tolerant reader (`_readers`),
which decides what it means. So the two readings agree wherever this one accepts:
values are typed alike (timestamps by the same RFC 3339 parser, see
`_convert.to_datetime`), a key missing from the JSON is missing from `__dict__`, and
`additional_properties` stays empty.

The structs are made on first use, from each model's annotations and
`__katana_fields__`; a model whose annotations have no strict reading (a union of
several scalar types, say) has no typed decoder, and its bodies always take the
tolerant reader.

A key Katana sends that a model lacks (a field added since the models were generated)
makes the body take the tolerant reader once: the decoder then learns the unknown keys
of that object for its model (`_learn`), each read as any JSON and kept in
`additional_properties` as the tolerant reader keeps it, and later bodies holding them
stay typed. Their order there is that of the body they were learnt from (Katana writes
a model's keys in one order; the tolerant reader keeps each body's). `MAX_LEARNED_KEYS`
bounds the keys learnt per process (each learning rebuilds the structs); past it, such
bodies keep taking the tolerant reader.
"""

from __future__ import annotations

import enum
import gc
import logging
import re
import sys
import threading
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs

from ._convert import DECIMAL_EXPONENT
from ._json import MAX_JSON_DEPTH, loads
from ._readers import plan_of
from ._types import Unset

__all__ = [
    "MAX_LEARNED_KEYS",
    "REFUSED",
    "collector_paused",
    "decode_body",
    "typed_as",
    "typed_decoder",
]

logger: Final = logging.getLogger("katana_client.models")

F = TypeVar("F", bound=Callable[..., Any])

#: What a typed decoder returns for a body it does not read (see the module doc).
REFUSED: Final = object()

_NoneType: Final = type(None)
_SCALARS: Final = frozenset({int, str, bool, Decimal, datetime, date})
# The deepest level a model object may sit at: its lists (and their scalars) stay within
# `MAX_JSON_DEPTH`; a model below it could hold a deeper object, so the body is refused.
_DEEPEST: Final = MAX_JSON_DEPTH - 2
# A Decimal this many digits long before the point is refused: as a JSON integer it may
# be longer than `int` reads (`sys.get_int_max_str_digits()`, 640 at the least), which
# `loads` refuses and msgspec reads into a Decimal field all the same.
_HUGE: Final = 639
# Nor is a Decimal too small for arithmetic to take, as `to_decimal` refuses it.
_TINY: Final = -DECIMAL_EXPONENT - 1
_BUILTIN: Final = (datetime, date, Decimal)  # what to_builtins leaves as it is
#: Keys a model lacks that the typed decoders learn, in all, per process (see the module
#: doc): each learnt key rebuilds the structs, so a server sending a new key in every
#: body costs this many rebuilds at the most.
MAX_LEARNED_KEYS: Final = 64
# msgspec's words for an object holding a key its struct lacks, and where it was.
_UNKNOWN_KEY: Final = re.compile(r"Object contains unknown field `([^`]*)`(?: - at `\$([^`]*)`)?")
_STEP: Final = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


class _NoTypedReading(Exception):
    """An annotation that msgspec cannot read strictly as the tolerant reader would."""


class _Refused(Exception):
    """A decoded body that the tolerant reader reads otherwise (see `_wrapped`)."""


class _Wrap:
    """How to turn one struct's builtins dict into a model instance."""

    __slots__ = (
        "anys",
        "decimal_lists",
        "decimals",
        "enums",
        "extras",
        "finish",
        "held",
        "leaf",
        "model",
        "nested",
        "renames",
    )

    def __init__(self, model: type[Any]) -> None:
        self.model = model
        self.nested: tuple[tuple[str, _Wrap, bool], ...] = ()  # (JSON key, wrap, a list)
        self.held: tuple[tuple[str, type[Any], bool], ...] = ()  # the same, by model
        self.anys: tuple[str, ...] = ()  # JSON keys of fields holding any JSON (`Any`)
        self.finish = False  # any of the checks and fixes below to make
        self.leaf = False  # neither holds models nor has anything to make: no frame
        self.renames: tuple[tuple[str, str], ...] = ()  # (JSON key, attribute) that differ
        # (JSON key, the enum's members by value, a list of them): to_builtins wrote the
        # members' values.
        self.enums: tuple[tuple[str, _Members, bool], ...] = ()
        self.decimals: tuple[str, ...] = ()  # JSON keys of Decimal fields
        self.decimal_lists: tuple[str, ...] = ()  # JSON keys of lists of Decimals
        self.extras: tuple[str, ...] = ()  # learnt JSON keys: to `additional_properties`


class _Members(dict[Any, enum.Enum]):
    """An enum's members by value; a value without one is the enum's to answer for (its
    `_missing_` makes a member of a value Katana added later)."""

    def __init__(self, cls: type[enum.Enum]) -> None:
        super().__init__((member.value, member) for member in cls)
        self.cls = cls

    def __missing__(self, value: Any) -> enum.Enum:
        return self.cls(value)


class _Graph:
    """The structs and wraps made so far, and the namespace their references resolve in."""

    def __init__(self) -> None:
        self.module = types.ModuleType("katana_client._runtime._typed_structs")
        sys.modules[self.module.__name__] = self.module
        self.structs: dict[type[Any], type[Any] | None] = {}  # None: no typed reading
        self.wraps: dict[type[Any], _Wrap] = {}


_GRAPH: _Graph | None = None
_DECODERS: dict[Any, Callable[[bytes | str], Any] | None] = {}
# The keys learnt per model, in the order of the body each was learnt from, and how
# many in all (see `_learn`).
_LEARNED: dict[type[Any], tuple[str, ...]] = {}
_learned_keys = 0
# Held while the graph grows: a thread reading a half-made graph would find structs not
# yet defined (a NameError) or unlink models that are still being made.
_BUILDING: Final = threading.Lock()


def typed_as(parse: F, target: Any) -> F:
    """Mark parser `parse` as reading bodies that hold `target` (a model class or
    `list[Model]`): `decode_body` then tries the typed decoder of `target` first."""
    parse.__katana_typed__ = target  # type: ignore[attr-defined]
    return parse


def decode_body(parse: Callable[[Any], Any] | None, content: bytes | str) -> tuple[Any, bool]:
    """Decode a body for `parse`: (the parsed result, True) when the typed decoder of
    what `parse` reads accepts it, else (the decoded JSON, False) for `parse` to read.

    Raises:
        KatanaJSONDepthError: The document nests deeper than `MAX_JSON_DEPTH` levels.
        ValueError: `content` is not JSON.
    """
    target = getattr(parse, "__katana_typed__", None)
    if target is not None:
        decoder = typed_decoder(target)
        if decoder is not None:
            result = decoder(content)
            if result is not REFUSED:
                return result, True
    with collector_paused(len(content)):
        return loads(content), False


def typed_decoder(target: Any) -> Callable[[bytes | str], Any] | None:
    """The typed decoder of bodies holding `target` (a model class or `list[Model]`).

    The decoder returns the model (or list of models), or `REFUSED`. None when the
    target's models have no strict reading.
    """
    global _GRAPH
    try:
        return _DECODERS[target]
    except KeyError:
        pass
    with _BUILDING:
        if target in _DECODERS:  # made by another thread meanwhile
            return _DECODERS[target]
        decoder: Callable[[bytes | str], Any] | None
        try:
            decoder = _make_decoder(target)
        except _NoTypedReading:
            decoder = None
        except Exception as exc:
            # A struct msgspec would not make: a bug, which must not fail reads. This
            # target's bodies take the tolerant reader, and the graph, perhaps left half
            # made, is made anew for the others.
            _GRAPH = None
            decoder = None
            logger.warning(
                "no typed decoder for %s (%s); its bodies are read by the tolerant reader",
                getattr(target, "__name__", target),
                type(exc).__name__,
            )
        _DECODERS[target] = decoder
        return decoder


def _make_decoder(target: Any) -> Callable[[bytes | str], Any]:
    global _GRAPH, _encode  # made on first use: importing msgspec costs import time
    import msgspec  # noqa: PLC0415 - see above

    if _GRAPH is None:
        _GRAPH = _Graph()
    graph = _GRAPH
    many = typing.get_origin(target) is list
    model = typing.get_args(target)[0] if many else target
    if not (_is_model(model) and attrs.has(model)):
        raise _NoTypedReading(model)  # a stand-in parser's class, say
    _struct(graph, model)
    _link(graph)
    if graph.structs[model] is None:
        raise _NoTypedReading(model)
    _encode = msgspec.json.encode
    try:
        read = _reading(graph, model, many)
    except TypeError as exc:  # a type msgspec has no reading of
        raise _NoTypedReading(target) from exc
    # RecursionError: a body nested beyond msgspec's reach (the tolerant path raises
    # KatanaJSONDepthError for it). UnicodeEncodeError: text holding a lone surrogate,
    # which msgspec cannot encode and `json.loads` reads. ArithmeticError: a number in an
    # `Any` field whose exponent no Decimal holds (`loads` raises ValueError for it).
    refused = (
        msgspec.ValidationError,
        msgspec.DecodeError,
        RecursionError,
        UnicodeEncodeError,
        ArithmeticError,
        _Refused,
    )

    invalid = msgspec.ValidationError

    def decoder(content: bytes | str) -> Any:
        with collector_paused(len(content)):
            try:
                return read(content)
            except invalid as exc:
                _learn(target, str(exc), content)
                return REFUSED
            except refused:
                return REFUSED

    return decoder


def _learn(target: Any, problem: str, content: bytes | str) -> None:
    """Learn the keys a model of `target` lacks, where msgspec's `problem` says that
    `content` holds one, and rebuild the decoders with them (see the module doc).

    The object is found by following the error's path (`$.data[0].variants[1]`)
    through the fields of `target` and through `content`, decoded: the key must be
    there (msgspec prints keys as they are, so a key can look like a path), and every
    unknown key of that object is learnt at once. Never learnt: the keys the parsers'
    envelope rules read (`data`, and any key of a model with a `data` field: a page),
    and keys no struct field can be renamed to (see `_learnable`).
    """
    global _GRAPH, _learned_keys
    found = _UNKNOWN_KEY.fullmatch(problem)
    if found is None or _learned_keys >= MAX_LEARNED_KEYS:
        return
    key, path = found.group(1), found.group(2) or ""
    model = _model_at(target, path)
    if model is None or key in _LEARNED.get(model, ()) or not _learnable(key):
        return  # (learnt already: a decoder made before, still refusing it)
    known = plan_of(model).by_key
    if "data" in known:
        # A page model. The parsers read `data` as an envelope around a record, and a
        # page's body without it as a page of one record: such a model learns nothing.
        return
    new = [k for k in _object_at(content, path) if k not in known and _learnable(k)]
    if key not in new:
        return  # not in the body where msgspec said: a key that looks like a path
    with _BUILDING:
        learned = _LEARNED.get(model, ())
        new = [k for k in new if k not in learned][: MAX_LEARNED_KEYS - _learned_keys]
        if not new:
            return  # learnt meanwhile by another thread, or the last ones were
        # In the body's order: `additional_properties` keeps the keys in the order they
        # come, and Katana writes a model's keys in one order.
        _LEARNED[model] = (*learned, *new)
        _learned_keys += len(new)
        # Made again on first use, with the keys: a decoder already handed out keeps
        # reading as before (its bodies with the keys take the tolerant reader).
        _GRAPH = None
        _DECODERS.clear()
    logger.debug(
        "%s: Katana sent keys %r, which the model lacks; kept in additional_properties "
        "and read on the typed path from now on (regenerate the client to type them)",
        model.__name__,
        new,
    )


# The longest key learnt: a struct field per key lives as long as the process.
_LONGEST_KEY: Final = 256


def _learnable(key: str) -> bool:
    """Whether `key` can name a struct field: msgspec refuses '"', '\\' and control
    characters in one; a backtick would make msgspec's message ambiguous; `data` is
    read by the envelope rules."""
    if not (0 < len(key) <= _LONGEST_KEY and key != "data" and key.isprintable()):
        return False
    if any(c in key for c in '"\\`'):
        return False
    import msgspec  # noqa: PLC0415 - imported by _make_decoder already

    try:  # what msgspec refuses beyond the above: the graph is made with every key
        msgspec.defstruct("Probe", [("field", Any, msgspec.field(name=key))])
    except (ValueError, TypeError):
        return False
    return True


def _object_at(content: bytes | str, path: str) -> list[str]:
    """The keys of the object at msgspec's `path` in JSON `content`, in their order;
    none where there is no object there."""
    try:
        node: Any = loads(content)
    except Exception:  # a body loads refuses: the tolerant read says why
        return []
    for step in _STEP.finditer(path):
        name, index = step.group(1), step.group(2)
        if name is not None and node.__class__ is dict:
            node = node.get(name)
        elif index is not None and node.__class__ is list and int(index) < len(node):
            node = node[int(index)]
        else:
            return []
    return list(node) if node.__class__ is dict else []


def _model_at(target: Any, path: str) -> Any:
    """The model that msgspec's `path` (".data[0].variants[1]") in a body of `target`
    leads to; None for a path this does not read (a key holding "." or "[", say)."""
    steps = list(_STEP.finditer(path))
    if "".join(step.group(0) for step in steps) != path:
        return None
    current: Any = target
    for step in steps:
        if step.group(2) is not None:  # [index]
            if typing.get_origin(current) is not list:
                return None
            current = typing.get_args(current)[0]
            continue
        if not _is_model(current):
            return None
        field = plan_of(current).by_key.get(step.group(1))
        if field is None:
            return None
        current = field.target  # the one type besides None it holds (a union: itself)
    return current if _is_model(current) else None


def _forget_learned() -> None:
    """Forget every learnt key and decoder (for tests that need a fresh start)."""
    global _GRAPH, _learned_keys
    with _BUILDING:
        _LEARNED.clear()
        _learned_keys = 0
        _GRAPH = None
        _DECODERS.clear()
        sys.modules.pop("katana_client._runtime._typed_structs", None)


# A body this long makes enough objects for the cyclic garbage collector to run during
# the read, several times for a page of hundreds of records. It would find nothing: a
# read builds a tree (every object new, none referring back), so the collector is paused
# while it runs, for one collection afterwards instead. It measured 12% of the typed read
# of a 250-product page (`bench/bench_parse.py`), 8% of the tolerant one. A collector the
# application turned off stays off; one it turns off in another thread during a read is
# on again after it.
_PAUSE_FROM: Final = 32 * 1024
_PAUSING: Final = threading.Lock()
_paused_reads = 0  # reads under way with the collector paused, in any thread
_resume = False  # whether the collector was on when the first of them paused it


class collector_paused:  # named as the function it reads as: `with collector_paused(n):`
    """Pause the garbage collector while a body of `size` bytes (or characters) is read,
    if it is long (see `_PAUSE_FROM`)."""

    __slots__ = ("_paused",)

    def __init__(self, size: int) -> None:
        self._paused = size >= _PAUSE_FROM

    def __enter__(self) -> None:
        global _paused_reads, _resume
        if self._paused:
            with _PAUSING:
                if _paused_reads == 0:
                    _resume = gc.isenabled()
                    gc.disable()
                _paused_reads += 1

    def __exit__(self, *exc: object) -> None:
        # The last read to end turns the collector back on, if it was on.
        global _paused_reads
        if self._paused:
            with _PAUSING:
                _paused_reads -= 1
                if _paused_reads == 0 and _resume:
                    gc.enable()


def _reading(graph: _Graph, model: type[Any], many: bool) -> Callable[[Any], Any]:
    """Read a body of `model` (or a list of them, `many`)."""
    import msgspec  # noqa: PLC0415 - imported by _make_decoder already

    wrap = graph.wraps[model]
    struct = graph.structs[model]
    decode = msgspec.json.Decoder(
        list[struct] if many else struct,  # type: ignore[valid-type]
        float_hook=Decimal,
    ).decode
    to_builtins = msgspec.to_builtins

    def read_list(content: Any) -> Any:
        return [
            _wrapped(wrap, item, 2) for item in to_builtins(decode(content), builtin_types=_BUILTIN)
        ]

    def read_one(content: Any) -> Any:
        return _wrapped(wrap, to_builtins(decode(content), builtin_types=_BUILTIN), 1)

    return read_list if many else read_one


_new = object.__new__
_encode: Callable[[Any], bytes]  # msgspec.json.encode, set with the first decoder


def _wrapped(wrap: _Wrap, data: dict[str, Any], depth: int) -> Any:  # noqa: C901
    """`data` (a struct's builtins, at `depth` in the JSON document) made the
    `__dict__` of an instance of its model. One Python frame an object: that is the
    typed decoder's whole cost beyond msgspec's.

    The depth is counted here rather than in the bytes: objects nest only through
    models and `Any` fields, and a model may hold itself.

    Raises:
        _Refused: The tolerant reader reads the body otherwise: an object nests near
            `MAX_JSON_DEPTH` (past it, that reader raises KatanaJSONDepthError), or a
            Decimal is not finite (Decimal reads "NaN" and "Infinity", which that reader
            refuses: no JSON number writes them back) or has `_HUGE` digits or more.
    """
    if depth > _DEEPEST:
        raise _Refused
    for key, inner, many in wrap.nested:
        value = data.get(key)
        if value is not None:
            if not many:
                data[key] = _wrapped(inner, value, depth + 1)
            elif inner.leaf and depth < _DEEPEST - 1:
                # Objects of a model holding nothing to see to: made here, a frame less each.
                model = inner.model
                for index, item in enumerate(value):
                    obj = _new(model)
                    obj.__dict__ = item
                    value[index] = obj
            else:
                for index, item in enumerate(value):
                    value[index] = _wrapped(inner, item, depth + 2)
    if wrap.finish:
        for value in map(data.get, wrap.decimals):
            if value is not None and not (value.is_finite() and _TINY < value.adjusted() < _HUGE):
                raise _Refused
        for key in wrap.decimal_lists:
            for value in data.get(key) or ():
                if not (value.is_finite() and _TINY < value.adjusted() < _HUGE):
                    raise _Refused
        for key in wrap.anys:
            value = data.get(key)
            if value.__class__ in _CONTAINERS:
                # A value of n nested containers is 2n characters long at the least: one
                # too short to hold `room + 1` needs no walk.
                room = MAX_JSON_DEPTH - depth
                if len(_encode(value)) > 2 * room and _deeper_than(value, room):
                    raise _Refused
        for key, members, many in wrap.enums:
            value = data.get(key)
            if value is not None:  # to_builtins wrote the members' values
                data[key] = [members[v] for v in value] if many else members[value]
        if wrap.extras:  # before the renames: a learnt key may be a renamed field's name
            extra = {}
            for key in wrap.extras:
                value = data.pop(key, data)
                if value is not data:
                    extra[key] = value
            if extra:
                data["additional_properties"] = extra
        for key, attribute in wrap.renames:
            value = data.pop(key, data)  # `data` itself: the key is missing
            if value is not data:
                data[attribute] = value
    obj = _new(wrap.model)
    obj.__dict__ = data
    return obj


_CONTAINERS: Final = (dict, list)


def _deeper_than(value: dict[str, Any] | list[Any], room: int) -> bool:
    """Whether JSON `value` (an object or array) nests deeper than `room` levels."""
    if room < 1:
        return True
    for item in value.values() if value.__class__ is dict else value:
        if item.__class__ in _CONTAINERS and _deeper_than(item, room - 1):
            return True
    return False


def _struct_name(model: type[Any]) -> str:
    # An identifier of this class alone: a qualified name may hold "<locals>", and two
    # classes may share one (a reloaded module, a class made in a function).
    return f"S_{model.__name__}_{id(model):x}"


def _struct(graph: _Graph, model: type[Any]) -> type[Any]:
    """The struct of `model`, made with those of the models it holds.

    Raises:
        _NoTypedReading: A field of `model`, or of a model it holds, has no strict reading.
    """
    if model in graph.structs:
        made = graph.structs[model]
        if made is None:
            raise _NoTypedReading(model)
        return made
    held: list[type[Any]] = []
    try:
        made = _define(graph, model, held)
        for inner in held:
            _struct(graph, inner)
    except _NoTypedReading:
        graph.structs[model] = None
        graph.wraps.pop(model, None)
        raise
    return made


def _define(graph: _Graph, model: type[Any], held: list[type[Any]]) -> type[Any]:
    import msgspec  # noqa: PLC0415 - imported by _make_decoder already

    plan_of(model)  # class attributes for missing keys, as the tolerant reader sets them
    hints = typing.get_type_hints(model)
    keys = {attribute: key for key, attribute, _ in model.__katana_fields__}
    wrap = _Wrap(model)
    nested: list[tuple[str, type[Any], bool]] = []
    enums: list[tuple[str, type[enum.Enum], bool]] = []
    decimals: list[str] = []
    decimal_lists: list[str] = []
    fields: list[tuple[str, Any, Any]] = []
    for field in attrs.fields(model):
        key = keys.get(field.name)
        if key is None:
            continue
        hint = hints[field.name]
        one = _single(hint)
        if _is_model(one):
            nested.append((key, one, False))
        elif typing.get_origin(one) is list and _is_model(typing.get_args(one)[0]):
            nested.append((key, typing.get_args(one)[0], True))
        else:
            many = typing.get_origin(one) is list
            item = typing.get_args(one)[0] if many else one
            if _is_enum(item):
                enums.append((key, item, many))
            elif item is Decimal:
                (decimal_lists if many else decimals).append(key)
        annotation = _annotation(hint, held, top=True)
        if field.default is attrs.NOTHING:
            spec = msgspec.field(name=key)
        else:
            spec = msgspec.field(default=msgspec.UNSET, name=key)
        fields.append((field.name, annotation, spec))
    extras = _LEARNED.get(model, ())
    taken = {name for name, _, _ in fields}
    for index, key in enumerate(extras):
        attribute = f"katana_learned_{index}"
        while attribute in taken:
            attribute += "_"
        taken.add(attribute)
        fields.append((attribute, Any, msgspec.field(default=msgspec.UNSET, name=key)))
    name = _struct_name(model)
    struct = msgspec.defstruct(
        name,
        fields,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,  # a tree, never a cycle: nothing for the collector to find
        module=graph.module.__name__,
    )
    setattr(graph.module, name, struct)
    graph.structs[model] = struct
    graph.wraps[model] = wrap
    wrap.renames = tuple((k, a) for k, a, _ in model.__katana_fields__ if k != a)
    wrap.enums = tuple((key, _Members(cls), many) for key, cls, many in enums)
    wrap.decimals = tuple(decimals)
    wrap.decimal_lists = tuple(decimal_lists)
    wrap.extras = extras
    wrap.anys = (  # a learnt key holds any JSON: its depth is checked as theirs is
        *(key for key, attribute, _ in model.__katana_fields__ if _holds_any(hints[attribute])),
        *extras,
    )
    wrap.finish = bool(wrap.renames or enums or decimals or decimal_lists or wrap.anys)
    wrap.leaf = not (nested or wrap.finish)
    wrap.held = tuple(nested)  # linked to their wraps once all exist (`_link`)
    return struct


def _link(graph: _Graph) -> None:
    """Point each wrap at the wraps of the models it holds (a model may hold itself).

    A model holding one without a typed reading (found after its own struct was made,
    through a cycle) has none either.
    """
    failed = True
    while failed:
        failed = False
        for model, wrap in list(graph.wraps.items()):
            if any(held not in graph.wraps for _, held, _ in wrap.held):
                del graph.wraps[model]
                graph.structs[model] = None
                failed = True
    for wrap in graph.wraps.values():
        if wrap.held and not wrap.nested:
            wrap.nested = tuple((key, graph.wraps[m], many) for key, m, many in wrap.held)


def _holds_any(hint: Any) -> bool:
    return hint is Any or any(_holds_any(arg) for arg in typing.get_args(hint))


def _single(hint: Any) -> Any:
    """The one type besides None and `Unset` a field holds, else None."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m is not _NoneType and m is not Unset]
        return members[0] if len(members) == 1 else None
    return hint


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and hasattr(annotation, "__katana_fields__")


def _is_enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, enum.Enum)


def _annotation(hint: Any, held: list[type[Any]], *, top: bool = False) -> Any:
    """The struct annotation reading what `hint` holds, as strictly as the tolerant
    reader keeps values unconverted; a held model is named by its struct's name.

    An enum, a Decimal or a held model is read only where `_wrapped` sees to it: as a
    field's one type (`top`), or the items of a field's list.
    """
    if hint is Any or hint is _NoneType:
        return hint
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m is not Unset]
        alone = top and len([m for m in members if m is not _NoneType]) == 1
        mapped = [_annotation(m, held, top=alone) for m in members]
        scalars = [m for m in mapped if m in (str, Decimal, datetime, date)]
        if len(scalars) > 1:  # all read from JSON text: msgspec cannot tell them apart
            raise _NoTypedReading(hint)
        # `typing.Union`, not `|`: a held model is named by a string here.
        return typing.Union[tuple(mapped)] if len(mapped) > 1 else mapped[0]  # noqa: UP007
    if origin is list:
        item = typing.get_args(hint)[0]
        finished = _is_enum(item) or item is Decimal or _is_model(item)
        return list[_annotation(item, held, top=top and finished)]  # type: ignore[misc]
    if _is_enum(hint) or hint is Decimal or _is_model(hint):
        if not top:
            raise _NoTypedReading(hint)  # `_wrapped` would not see to it
        if _is_model(hint):
            held.append(hint)
            return _struct_name(hint)
        return hint
    if hint in _SCALARS:
        return hint
    raise _NoTypedReading(hint)
