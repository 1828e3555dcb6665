"""Compiled readers against a plain interpreter of the field table, on random documents.

The readers are source code generated at run time (per key set, with nested models
inlined, copying or in place), so a mistake in the generator shows up only for some
layouts. Here every model reads seeded random documents (fields missing, null, of the
wrong type, unknown keys, other key orders, nested objects of other layouts) and must
give what a direct reading of its `(key, attribute, kind)` table with the `to_*`
converters gives: through `from_dict` (which must leave the document as it was), and
through `_from_owned`, the in-place path a response body takes.
"""

from __future__ import annotations

import copy
import random
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from katana_client._runtime import (
    UNSET,
    _readers,
    to_bool,
    to_date,
    to_decimal,
    to_enum,
    to_int,
    to_str,
)
from katana_client.generated.models import (
    ManufacturingOrder,
    Product,
    ProductList,
    PurchaseOrder,
    SalesOrder,
    SalesOrderList,
    Variant,
)

_MODELS = [ProductList, Product, Variant, SalesOrderList, SalesOrder, PurchaseOrder]
_MODELS.append(ManufacturingOrder)
_DOCUMENTS = 150
_ODD_INTS = ["7", "7.0", "x", 2.5, True, Decimal("3.000")]
_ODD_STRS = [5, Decimal("1.50"), True, [1], {"a": 1}]


def _table(model: type[Any]) -> Any:
    return _readers.reader_of(model)


def _expected(model: type[Any], src: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """What reading `src` as `model` means, straight from the field table."""
    table = _table(model)
    values: dict[str, Any] = {}
    known = set()
    for key, attribute, kind in table._fields:
        known.add(key)
        values[attribute] = _convert(table, kind, src[key]) if key in src else UNSET
    values["additional_properties"] = {k: v for k, v in src.items() if k not in known}
    return model.__name__, values


def _convert(table: Any, kind: str, value: Any) -> Any:  # noqa: C901 - one rule per kind
    if kind == "any" or value is None:
        return value
    if kind == "int":
        return value if type(value) is int else to_int(value)
    if kind == "str":
        return value if type(value) is str else to_str(value)
    if kind == "bool":
        return value if type(value) is bool else to_bool(value)
    if kind == "decimal":
        return value if type(value) is Decimal else to_decimal(value)
    if kind == "datetime":
        if type(value) is str:
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                return value
        return value
    if kind == "date":
        return to_date(value) if type(value) is str else value
    if kind.startswith("enum:"):
        return to_enum(table._ref(kind[5:]), value)
    if kind.startswith("model:"):
        return _expected(table._ref(kind[6:]), value) if type(value) is dict else value
    if kind.startswith("list["):
        inner = kind[5:-1]
        return [_convert(table, inner, item) for item in value] if type(value) is list else value
    raise AssertionError(kind)


def _snapshot(value: Any) -> Any:
    """A model as `(class name, {attribute: value})`, recursively, like `_expected`."""
    if _readers.reader_of(type(value)) is not None:
        table = _table(type(value))
        fields = {attr: _snapshot(getattr(value, attr)) for _, attr, _ in table._fields}
        fields["additional_properties"] = value.additional_properties
        return type(value).__name__, fields
    if type(value) is list:
        return [_snapshot(item) for item in value]
    return value


def _random_value(rng: random.Random, table: Any, kind: str, depth: int) -> Any:  # noqa: C901
    roll = rng.random()
    if roll < 0.12:
        return None
    odd = roll < 0.3  # a value of another type than the field's
    if kind == "int":
        return (
            rng.choice(["7", "7.0", "x", 2.5, True, Decimal("3.000")])
            if odd
            else rng.randrange(10**6)
        )
    if kind == "str":
        return (
            rng.choice([5, Decimal("1.50"), True, [1], {"a": 1}])
            if odd
            else f"s{rng.randrange(99)}"
        )
    if kind == "bool":
        return rng.choice(["true", "0", 1, "maybe"]) if odd else rng.random() < 0.5
    if kind == "decimal":
        return rng.choice(["12.5000000000", 4523, 7, Decimal("0.1"), "abc", "NaN", 0, "0"])
    if kind in ("datetime", "date"):
        good = "2024-02-29T10:37:05.085Z" if kind == "datetime" else "2024-02-29"
        return rng.choice([good, "2024-13-01", "yesterday", 17]) if odd else good
    if kind.startswith("enum:"):
        members = [member.value for member in table._ref(kind[5:])]
        return rng.choice(["NOT_A_MEMBER", 3]) if odd else rng.choice(members)
    if kind.startswith("model:"):
        if odd or depth > 2:
            return rng.choice([{}, "x", 5, []])
        return _random_document(rng, table._ref(kind[6:]), depth + 1)
    if kind.startswith("list["):
        if odd:
            return rng.choice(["x", {}, 3])
        return [_random_value(rng, table, kind[5:-1], depth) for _ in range(rng.randrange(4))]
    return rng.choice([1, "a", [1, {"b": 2}], {"c": [3]}])  # "any"


def _random_document(rng: random.Random, model: type[Any], depth: int = 0) -> dict[str, Any]:
    table = _table(model)
    fields = list(table._fields)
    if not fields:  # a free-form object: every key is unknown
        return {f"k{index}": index for index in range(rng.randrange(3))}
    # A few layouts per model, so that readers are found, inlined and missed by size.
    layout = random.Random(rng.randrange(3)).sample(fields, k=max(1, len(fields) // 2))
    if rng.random() < 0.2:
        layout = rng.sample(fields, k=rng.randrange(len(fields) + 1))
    document = {key: _random_value(rng, table, kind, depth) for key, _, kind in layout}
    if rng.random() < 0.2:
        document[f"unknown_{rng.randrange(3)}"] = rng.choice([1, [2], {"k": "v"}])
    if rng.random() < 0.3:
        items = list(document.items())
        rng.shuffle(items)
        document = dict(items)
    return document


@pytest.mark.parametrize("model", _MODELS, ids=lambda model: model.__name__)
def test_compiled_readers_read_what_the_field_table_says(model: type[Any]) -> None:
    rng = random.Random(f"readers-{model.__name__}")
    for _ in range(_DOCUMENTS):
        document = _random_document(rng, model)
        before = copy.deepcopy(document)
        expected = _expected(model, document)

        copied = model.from_dict(document)
        assert document == before, "from_dict changed the caller's document"
        assert _snapshot(copied) == expected

        owned = model._from_owned(copy.deepcopy(document))
        assert _snapshot(owned) == expected
        assert owned == copied
        assert owned.to_dict() == copied.to_dict()
