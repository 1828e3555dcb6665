"""Every field of every generated model holds a value of its annotated type, whatever came.

Each model reads seeded random documents: every field gets a value of its own type, a
form of it that converts without loss ("12" for an int), null, a missing key, or a
value of another JSON kind; plus unknown keys and nested objects of any of these. After
the read, each attribute (nested models included) is checked against the annotation
`typing.get_type_hints` resolves, and `to_dict()` must give the document back: values
kept aside under their keys, and converted values equal to what came. Each document is
read twice, so the key-by-key reading and the layout path are both held to this.
"Equal" allows only the lossless conversions (7 and "7" for an int, "true" and True,
a timestamp's text and its `datetime`): the keys and every kept value are exact.
"""

from __future__ import annotations

import enum
import random
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from conftest import all_models

from katana_client import KatanaResponseShapeError
from katana_client._runtime import UNSET, Model, Unset, dumps, loads

_MODELS = all_models()
_DOCUMENTS = 10
_ODD: list[Any] = [None, 0, -7, "7", "12.0", "x", "", "TRUE", True, Decimal("2.5"), [1, "a"], {}]


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _members(annotation: Any) -> list[Any]:
    members = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    return [m for m in members if m not in (type(None), Unset)]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, Model)


def _good(annotation: Any, rng: random.Random, depth: int) -> Any:
    """A JSON value that reads as `annotation` (some in a form that needs converting)."""
    member = rng.choice(_members(annotation))
    if member is Any:
        return rng.choice(["x", 1, None])
    if typing.get_origin(member) is list:
        return [_good(typing.get_args(member)[0], rng, depth + 1) for _ in range(2)]
    if _is_model(member):
        return _document(member, rng, depth + 1, odd=0.0) if depth < 3 else {}
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return rng.choice([*(m.value for m in member), "SOMETHING_NEW"])
    choices: dict[Any, list[Any]] = {
        int: [3, "4", 5.0, Decimal("6.000")],
        str: ["text", 8, Decimal("1.50")],
        bool: [True, False, "false"],
        Decimal: ["0.0300000000", 5, Decimal("2.25")],
        datetime: ["2024-01-02T03:04:05.678Z", "2024-01-02T03:04:05+02:00"],
        date: ["2024-02-29"],
    }
    return rng.choice(choices[member])


def _document(cls: type[Any], rng: random.Random, depth: int = 0, odd: float = 0.3) -> Any:
    doc: dict[str, Any] = {}
    hints = _hints(cls)
    for key, attribute, _ in cls.__katana_fields__:
        roll = rng.random()
        required = attrs.fields_dict(cls)[attribute].default is attrs.NOTHING
        if roll < odd * (0.05 if required else 1):
            value = rng.choice(_ODD) if rng.random() < 0.8 else _document(cls, rng, 9, 0)
            doc[key] = value
        elif roll < 0.45 and not required:
            continue  # missing
        else:
            doc[key] = _good(hints[attribute], rng, depth)
    if rng.random() < 0.2:
        doc["unknown_key"] = rng.choice(_ODD)
    keys = list(doc)
    rng.shuffle(keys)
    return {key: doc[key] for key in keys}


def _holds(value: Any, annotation: Any) -> bool:
    if annotation is Any:
        return True
    if _is_union(annotation):
        return any(_holds(value, member) for member in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    if annotation is Unset:
        return value is UNSET
    if typing.get_origin(annotation) is list:
        item = typing.get_args(annotation)[0]
        return type(value) is list and all(_holds(entry, item) for entry in value)
    if _is_model(annotation):
        return isinstance(value, annotation) and _check(value) is None
    if annotation in (int, str, bool, Decimal, date):
        return type(value) is annotation
    return isinstance(value, annotation)


def _check(model: Any) -> str | None:
    """The first attribute of `model` (nested ones too) that does not hold its type."""
    hints = _hints(type(model))
    for _, attribute, _ in type(model).__katana_fields__:
        value = getattr(model, attribute)
        if not _holds(value, hints[attribute]):
            return f"{type(model).__name__}.{attribute} = {value!r} ({hints[attribute]})"
    return None


def _norm(value: Any) -> Any:
    """The value a lossless conversion keeps: numbers, numeric text, "true", timestamps."""
    if isinstance(value, dict):
        return {key: _norm(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_norm(item) for item in value]
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value)).normalize()
    if isinstance(value, str):
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        try:
            return Decimal(value).normalize()
        except ArithmeticError:
            pass
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize("cls", _MODELS, ids=lambda cls: cls.__name__)
def test_every_field_holds_its_annotated_type_after_a_fuzzed_read(cls: type[Any]) -> None:
    rng = random.Random(f"honest-{cls.__name__}")
    read = 0
    refused: set[str] = set()
    for _ in range(_DOCUMENTS):
        document = _document(cls, rng)
        body = dumps(document)
        try:
            first = cls.from_json(body)
        except KatanaResponseShapeError as error:
            refused.add(str(error.model))
            continue
        second = cls.from_dict(loads(body))
        read += 1
        assert _check(first) is None, _check(first)
        assert first == second
        raw, written = loads(body), first.to_dict()
        # Exactly the keys that came; unknown and unreadable values exactly as they came;
        # the others equal to what came once the lossless conversions are undone.
        assert written.keys() == raw.keys()
        assert all(written[key] == raw[key] for key in first.additional_keys)
        assert _norm(written) == _norm(raw)
        assert _norm(second.to_dict()) == _norm(raw)
    # Only the top-level object's own required field may refuse the read.
    assert refused <= {cls.__name__}
    assert read >= _DOCUMENTS // 2


def test_every_model_is_walked() -> None:
    assert len(_MODELS) >= 250


@pytest.mark.parametrize("cls", _MODELS, ids=lambda cls: cls.__name__)
def test_the_fast_path_reads_fuzzed_documents_as_key_by_key_reading_does(
    cls: type[Any], read_both_ways: Any
) -> None:
    rng = random.Random(f"paths-{cls.__name__}")
    for _ in range(_DOCUMENTS):
        fast, reference = read_both_ways(cls, dumps(_document(cls, rng)))
        assert fast == [reference, reference]
