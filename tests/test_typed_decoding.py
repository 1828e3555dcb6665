"""The typed decoder (`_runtime/_typed.py`) reads exactly what the tolerant reader reads.

A body whose objects hold only their models' fields, each value of its type, is read
straight into the models by msgspec; anything else is refused and read by `loads` and
the tolerant reader. These tests hold the two readings to each other on fuzzed
documents for every model, and through an endpoint call, and pin the refusals that keep
them equal (unknown keys, conversions, non-finite decimals, envelopes, depth).
"""

from __future__ import annotations

import enum
import gc
import importlib
import json
import pkgutil
import random
import sys
import types
import typing
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from attrs import define
from conftest import all_models

import katana_client.generated.api as api
from katana_client import KatanaClient, KatanaJSONDepthError, KatanaResponseShapeError
from katana_client._runtime import MAX_JSON_DEPTH, Model, Unset, _typed, dumps, loads
from katana_client._runtime._typed import REFUSED, decode_body, typed_decoder
from katana_client.generated.api.products import get_all_products, get_product
from katana_client.generated.api.variants import get_all_variants
from katana_client.generated.models import (
    ManufacturingOrder,
    Product,
    ProductList,
    SalesOrderList,
    Variant,
)

_MODELS = all_models()
_DOCUMENTS = 8


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(annotation) if m is not Unset]
    return [annotation]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, Model)


def _strict(annotation: Any, rng: random.Random, depth: int) -> Any:
    """A JSON value of exactly `annotation`'s type: nothing to convert."""
    members = _members(annotation)
    member = rng.choice(members)
    if depth >= 3 and type(None) in members:
        member = type(None)  # deep enough: stop where the type allows it
    if member is Any:
        return rng.choice(["x", 1, None, {"a": [1, "2.50"]}])
    if member is type(None):
        return None
    if typing.get_origin(member) is list:
        count = 2 if depth < 3 else 0
        return [_strict(typing.get_args(member)[0], rng, depth + 1) for _ in range(count)]
    if _is_model(member):
        return _document(member, rng, depth + 1)
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return rng.choice([*(m.value for m in member), "SOMETHING_NEW"])
    choices: dict[Any, list[Any]] = {
        int: [0, 7, -3, 2**40],
        str: ["text", "", "ünïcödé"],
        bool: [True, False],
        Decimal: [Decimal("0.0300000000"), 5, "12.50", "1e3"],
        datetime: [
            "2024-01-02T03:04:05.678Z",
            "2024-01-02T03:04:05+02:00",
            "2024-01-02t03:04:05.1234567z",
        ],
        date: ["2024-02-29"],
    }
    return rng.choice(choices[member])


def _document(cls: type[Any], rng: random.Random, depth: int = 0) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields_dict(cls)
    doc: dict[str, Any] = {}
    for key, attribute, _ in cls.__katana_fields__:
        optional = fields[attribute].default is not attrs.NOTHING
        if optional and rng.random() < 0.3:
            continue  # missing
        doc[key] = _strict(hints[attribute], rng, depth)
    return doc


def _state(value: Any) -> Any:
    """Everything a reading decides, nested: classes, fields set, kept keys, values."""
    if isinstance(value, Model):
        return (
            type(value).__name__,
            sorted(value.model_fields_set),
            # In order, each value exact (True is not 1).
            [
                (k, _exact(v))
                for k, v in (value.__dict__.get("additional_properties") or {}).items()
            ],
            {a: _state(v) for a, v in sorted(vars(value).items()) if a != "additional_properties"},
        )
    if isinstance(value, list):
        return [_state(item) for item in value]
    return (type(value).__name__, value)


def _typed_accepts(cls: type[Any], body: bytes) -> bool:
    decoder = typed_decoder(cls)
    return decoder is not None and decoder(body) is not REFUSED


@pytest.mark.parametrize("cls", _MODELS, ids=lambda cls: cls.__name__)
def test_a_typed_read_equals_the_tolerant_read(cls: type[Any]) -> None:
    rng = random.Random(f"typed-{cls.__name__}")
    accepted = 0
    for _ in range(_DOCUMENTS):
        body = dumps(_document(cls, rng))
        typed = cls.from_json(body)  # typed where the decoder accepts it
        tolerant = cls.from_dict(loads(body))  # the tolerant reader, always
        assert _state(typed) == _state(tolerant)
        assert typed == tolerant
        assert typed.to_dict() == tolerant.to_dict()
        accepted += _typed_accepts(cls, body)
    if typed_decoder(cls) is not None:
        # Documents of strictly typed values: the typed decoder reads them all.
        assert accepted == _DOCUMENTS


def _operation_results() -> dict[str, Any]:
    found = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is not None and operation.parse is not None:
            found[operation.id] = getattr(operation._read, "__katana_typed__", None)
    return found


def test_every_operation_result_has_a_typed_reading() -> None:
    results = _operation_results()
    assert len(results) >= 150
    without = sorted(op for op, target in results.items() if typed_decoder(target) is None)
    assert without == []


def _product(**changes: Any) -> dict[str, Any]:
    product: dict[str, Any] = {
        "id": 1,
        "name": "Kettle",
        "type": "product",
        "created_at": "2024-01-02T03:04:05.678Z",
        "variants": [{"id": 11, "sku": "K-1", "sales_price": 12.5, "product_id": 1}],
    }
    product.update(changes)
    return product


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"brand_new_field": 1}, "an unknown key"),
        ({"id": "1"}, "an int sent as text"),
        ({"is_sellable": "true"}, "a bool sent as text"),
        ({"name": 5}, "text sent as a number"),
        ({"created_at": "2024-01-02"}, "a date where a timestamp is due"),
        ({"created_at": "14"}, "an unreadable timestamp"),
        ({"variants": [{"id": 11, "sales_price": "NaN"}]}, "a non-finite decimal"),
        ({"variants": [{"id": 11, "purchase_price": "-Infinity"}]}, "an infinite decimal"),
        ({"variants": [{"id": 11, "extra": True}]}, "an unknown key in a nested object"),
    ],
)
def test_a_body_needing_the_tolerant_reader_is_refused_and_read_by_it(
    change: dict[str, Any], why: str
) -> None:
    body = json.dumps({"data": [_product(**change)]}).encode()
    assert not _typed_accepts(ProductList, body), why
    page = ProductList.from_json(body)
    assert _state(page) == _state(ProductList.from_dict(loads(body)))


def test_unknown_keys_and_unreadable_values_are_kept_where_the_tolerant_reader_keeps_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = json.dumps(
        _product(brand_new_field=[1], variants=[{"id": 11, "sales_price": "NaN"}])
    ).encode()
    product = Product.from_json(body)
    assert product.additional_properties == {"brand_new_field": [1]}
    variant = product.variants[0] if product.variants else None
    assert isinstance(variant, Variant)
    assert variant.sales_price is None
    assert variant.unreadable_keys == ["sales_price"]
    assert variant.to_dict()["sales_price"] == "NaN"


def test_a_strict_body_reads_typed_with_missing_keys_left_unset() -> None:
    body = json.dumps(_product()).encode()
    assert _typed_accepts(Product, body)
    product = Product.from_json(body)
    assert type(product) is Product
    assert product.created_at == datetime.fromisoformat("2024-01-02T03:04:05.678+00:00")
    assert "archived_at" not in product.model_fields_set
    assert product.archived_at is None
    assert product.to_dict().keys() == _product().keys()
    variant = product.variants[0] if product.variants else None
    assert isinstance(variant, Variant)
    assert variant.sales_price == Decimal("12.5")
    assert type(variant.sales_price) is Decimal
    assert product.additional_properties == {}
    assert product.unreadable_keys == []


@pytest.mark.parametrize(
    "text",
    ["2024-01-02t03:04:05z", "2024-01-02T03:04:05.1234567Z", "2024-01-02T03:04:05.9999999Z"],
)
def test_timestamps_read_alike_by_both_readers(text: str) -> None:
    body = json.dumps(_product(created_at=text)).encode()
    assert _typed_accepts(Product, body)
    typed = Product.from_json(body).created_at
    tolerant = Product.from_dict(loads(body)).created_at
    assert typed == tolerant
    assert isinstance(typed, datetime)


def _variant_chain(levels: int) -> dict[str, Any]:
    """A variant nesting itself through `product_or_material.variants`: 3 levels each."""
    variant: dict[str, Any] = {"id": 1}
    for _ in range(levels):
        variant = {"id": 1, "product_or_material": {"id": 2, "variants": [variant]}}
    return variant


def test_a_body_nested_within_the_cap_reads_typed() -> None:
    body = json.dumps(_variant_chain(MAX_JSON_DEPTH // 3 - 1)).encode()
    assert _typed_accepts(Variant, body)
    assert _state(Variant.from_json(body)) == _state(Variant.from_dict(loads(body)))


@pytest.mark.parametrize("levels", [MAX_JSON_DEPTH // 3 + 1, MAX_JSON_DEPTH, 250])
def test_a_body_nested_past_the_cap_is_refused_and_raises_the_depth_error(levels: int) -> None:
    body = json.dumps(_variant_chain(levels)).encode()
    assert not _typed_accepts(Variant, body)
    with pytest.raises(KatanaJSONDepthError):
        Variant.from_json(body)


def test_an_any_field_nested_past_the_cap_is_refused_and_raises_the_depth_error() -> None:
    deep: Any = "bottom"
    for _ in range(MAX_JSON_DEPTH):
        deep = {"next": deep}
    field = next(key for key, attr, kind in Variant.__katana_fields__ if kind == "any")
    body = json.dumps({"id": 1, field: deep}).encode()
    assert not _typed_accepts(Variant, body)
    with pytest.raises(KatanaJSONDepthError):
        Variant.from_json(body)
    shallow = json.dumps({"id": 1, field: {"a": [{"b": 1.5}]}}).encode()
    assert _typed_accepts(Variant, shallow)
    assert Variant.from_json(shallow).to_dict()[field] == {"a": [{"b": Decimal("1.5")}]}


def _long_page(last: dict[str, Any]) -> bytes:
    """A long `ProductList` body (2,000 products, about 340 KiB), ending with product `last`."""
    products = [_product(id=i, name=f"Kettle {i}") for i in range(1, 2000)]
    body = json.dumps({"data": [*products, last]}).encode()
    return body


def test_a_long_page_reads_typed_as_the_tolerant_reader_reads_it() -> None:
    body = _long_page(_product(id=2000))
    page = ProductList.from_json(body)
    assert _typed_accepts(ProductList, body)
    assert _state(page) == _state(ProductList.from_dict(loads(body)))
    items = json.dumps(json.loads(body)["data"]).encode()
    products = typed_decoder(list[Product])
    assert products is not None
    assert _state(products(items)) == _state(page.data)
    assert _state(products(items.decode())) == _state(page.data)  # a str body too


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        (_product(id=2000, brand_new_field=1), "an unknown key in the last item"),
        (_product(id=2000, variants=[{"id": 9, "sales_price": "NaN"}]), "a NaN in the last item"),
        (_product(id="2000"), "an int sent as text in the last item"),
    ],
)
def test_a_long_page_with_one_odd_item_is_refused_whole(last: dict[str, Any], kept: str) -> None:
    body = _long_page(last)
    assert not _typed_accepts(ProductList, body), kept
    assert _state(ProductList.from_json(body)) == _state(ProductList.from_dict(loads(body)))


@pytest.mark.slow  # five long pages, each read both ways and compared whole
def test_a_long_page_nested_near_the_cap_reads_as_the_tolerant_reader_reads_it() -> None:
    # The last product's variant nests itself, 3 levels a step: some of these depths
    # fit under `MAX_JSON_DEPTH`, the rest raise the depth error.
    outcomes = set()
    for levels in range(MAX_JSON_DEPTH // 3 - 3, MAX_JSON_DEPTH // 3 + 2):
        body = _long_page(_product(id=2000, variants=[_variant_chain(levels)]))
        expected = _outcome(lambda: ProductList.from_dict(loads(body)))  # noqa: B023
        assert _outcome(lambda: ProductList.from_json(body)) == expected, levels  # noqa: B023
        outcomes.add(expected is KatanaJSONDepthError)
    assert outcomes == {True, False}


class _Collections:
    """Counts the garbage collector's runs (`gc.callbacks`) while in the block."""

    def __enter__(self) -> _Collections:
        self.runs = 0
        gc.collect()  # from an empty young generation: the count depends on the block only
        gc.callbacks.append(self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._seen)

    def _seen(self, phase: str, info: dict[str, Any]) -> None:
        self.runs += phase == "start"


@pytest.mark.parametrize(
    "last",
    [_product(id=2000), _product(id=2000, brand_new_field=1)],
    ids=["typed", "tolerant (an unknown key)"],
)
async def test_a_long_page_is_read_without_the_collector_running_meanwhile(
    last: dict[str, Any],
) -> None:
    # 2,000 products make thousands of objects, a tree the collector has nothing to
    # find in: it used to run 16 times or more per read. Now once afterwards (once after
    # decoding and once after reading where the transport decodes the body).
    body = _long_page(last)
    ProductList.from_json(b'{"data": []}')  # the first read makes the typed decoder
    assert gc.isenabled()
    with _Collections() as collections:
        page = ProductList.from_json(body)
    assert collections.runs <= 1
    assert page.data is not None
    assert len(page.data) == 2000
    assert gc.isenabled()
    async with _client(body) as client:
        with _Collections() as collections:
            listed = await get_all_products.asyncio(client=client)
    assert collections.runs <= 2
    assert _state(listed) == _state(page)
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_long_body_the_typed_reader_refuses() -> None:
    unknown_key = _long_page(_product(id=2000, brand_new_field=1))
    assert ProductList.from_json(unknown_key).data is not None  # read tolerantly
    assert gc.isenabled()
    with pytest.raises(ValueError, match="delimiter"):
        ProductList.from_json(unknown_key[:-3])  # not JSON
    assert gc.isenabled()


def test_an_application_that_turned_the_collector_off_finds_it_off() -> None:
    body = _long_page(_product(id=2000))
    gc.disable()
    try:
        ProductList.from_json(body)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reads_in_threads_leave_the_collector_on() -> None:
    body = _long_page(_product(id=2000))
    with ThreadPoolExecutor(4) as pool:
        pages = list(pool.map(lambda _: ProductList.from_json(body), range(16)))
    assert all(page.data is not None and len(page.data) == 2000 for page in pages)
    assert gc.isenabled()


def test_a_missing_required_field_still_raises_the_shape_error() -> None:
    with pytest.raises(KatanaResponseShapeError) as caught:
        Product.from_json(b'{"name": "no id"}')
    assert caught.value.field == "id"
    # Nested, the object is the unreadable value: its list is kept aside as it came.
    page = ProductList.from_json(b'{"data": [{"name": "no id"}]}')
    assert page.data is None
    assert page.unreadable_keys == ["data"]


def _client(body: bytes) -> KatanaClient:
    return KatanaClient(
        api_key="k",
        base_url="https://katana.test/v1",
        transport=httpx.MockTransport(
            lambda request: httpx.Response(
                200, content=body, headers={"Content-Type": "application/json"}
            )
        ),
        rate_limit=False,
        trust_env=False,
    )


@pytest.mark.parametrize(
    "body",
    [
        {"data": [_product()]},  # the documented envelope: typed
        [_product()],  # a bare array: the tolerant reader's envelope rule
        {"data": [_product(brand_new_field=1)]},  # an unknown key: tolerant
    ],
    ids=["typed", "bare-array", "unknown-key"],
)
async def test_an_endpoint_reads_every_envelope_alike(body: Any) -> None:
    content = json.dumps(body).encode()
    page = await get_all_products.asyncio(client=_client(content))
    assert isinstance(page, ProductList)
    assert page.data is not None
    [product] = page.data
    assert type(product) is Product
    assert product.name == "Kettle"
    expected = (
        _product() if "brand_new_field" not in content.decode() else _product(brand_new_field=1)
    )
    assert product.to_dict() == Product.from_dict(expected).to_dict()


async def test_a_record_endpoint_and_a_list_endpoint_read_typed_bodies() -> None:
    product = await get_product.asyncio(client=_client(json.dumps(_product()).encode()), id=1)
    assert isinstance(product, Product)
    assert product.variants is not None
    assert type(product.variants[0]) is Variant
    variants = await get_all_variants.asyncio(
        client=_client(json.dumps({"data": [{"id": 3, "sku": "S"}]}).encode())
    )
    assert variants is not None
    assert [v.sku for v in variants.data or []] == ["S"]


# --- the adversary: bodies the two readings could read apart ----------------------------


class _Raw(str):
    """JSON text written as it is (a number literal such as -0 or 1E-7, an escape)."""


_ODD: dict[Any, list[Any]] = {
    int: [0, 2**63, 2**64, 10**30, _Raw("-0"), _Raw("1.0"), _Raw("1e2"), True, "5", None],
    str: ["", "ü", _Raw('"\\ud800"'), _Raw('"\\u0000"'), _Raw('"\\u00e9"'), 5, None],
    bool: [True, False, 1, 0, "true", None],
    Decimal: [
        *[" 1.5 ", "1_000", "+5", "0x10", "nan", "-sNaN", "Infinity", "-0", "1E-7", "1e3", ""],
        *map(_Raw, ["1.50", "-0", "-0.0", "1E-7", "1e400", "0e-5", "5.000", "1E+3", "1" * 30]),
        *[_Raw("1e999999999999999999"), "1e-999999999999999999", True, None, 5, 300, -7],
        *[_Raw("1e-9999999999999999999"), _Raw("7" * 4301), "7" * 4301],
    ],
    datetime: [
        *["2024-01-02t03:04:05z", "2024-01-02 03:04:05Z", "2024-01-02T03:04:05"],
        *["9999-12-31T23:59:59.9999999Z", "2024-01-02T03:04:05-00:00", "2024-01-02T23:59:60Z"],
        *["2024-01-02T03:04:05+0200", "2024-01-02", "2024-01-02T03:04Z", "14", "", 5, None],
    ],
    date: ["2024-02-29", "2024-W01-1", "2024-02-30", "20240102", "2024-01-02T00:00:00Z", 5],
}


class _Obj(list[tuple[str, Any]]):
    """A JSON object as its (key, value) pairs, so that a key may come twice."""


def _nested(rng: random.Random, levels: int) -> _Raw:
    opens = [rng.choice(["[", '{"k":']) for _ in range(levels)]
    closes = "".join("]" if bracket == "[" else "}" for bracket in reversed(opens))
    return _Raw("".join(opens) + "1" + closes)


def _any(rng: random.Random, depth: int = 0) -> Any:
    """Any JSON value, odd numbers and nesting around `MAX_JSON_DEPTH` included."""
    choice = rng.randrange(6 if depth > 3 else 10)
    if choice < 3:
        return rng.choice(_ODD[rng.choice([int, str, Decimal])])
    if choice == 3:
        return _Raw(rng.choice(["NaN", "-Infinity", "1e400", "-0", "0.1", "1E-7", "[]", "{}"]))
    if choice in (4, 5):
        return rng.choice([None, True, "x", 7])
    if choice in (6, 7):
        return [_any(rng, depth + 1) for _ in range(rng.randrange(3))]
    if choice == 8:
        return _nested(rng, rng.choice([60, 120, 124, 125, 126, 127, 128, 129, 1200]))
    return _Obj((rng.choice(["a", "id"]), _any(rng, depth + 1)) for _ in range(rng.randrange(3)))


def _odd(annotation: Any, rng: random.Random, depth: int, odd: float) -> Any:
    """A value for `annotation`: usually of its type, now and then anything at all."""
    members = _members(annotation)
    member = type(None) if depth >= 3 and type(None) in members else rng.choice(members)
    if member is Any or rng.random() < odd / 4:
        return _any(rng)
    if member is type(None):
        return None
    if typing.get_origin(member) is list:
        count = rng.randrange(3) if depth < 3 else 0
        return [_odd(typing.get_args(member)[0], rng, depth + 1, odd) for _ in range(count)]
    if _is_model(member):
        return _odd_document(member, rng, depth + 1, odd)
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return rng.choice([*(m.value for m in member), "NEW", "", 5, True, _Raw('"\\u0041"')])
    if rng.random() < odd:
        return rng.choice(_ODD[member])
    return _strict(member, rng, depth)


def _odd_document(cls: type[Any], rng: random.Random, depth: int = 0, odd: float = 0.3) -> _Obj:
    """An object whose keys may be missing, escaped, repeated or unknown."""
    hints = typing.get_type_hints(cls)
    optional = {f.name for f in attrs.fields(cls) if f.default is not attrs.NOTHING}
    pairs = _Obj()
    for key, attribute, _ in cls.__katana_fields__:
        if (attribute in optional and rng.random() < 0.3) or rng.random() < odd / 50:
            continue
        if rng.random() < odd / 30:  # repeated: the last one counts (a scalar first, see the
            pairs.append((key, rng.choice([1, "x", None])))  # report of issue 14 for why)
        if rng.random() < odd / 30:
            key = _Raw(json.dumps(key).replace(key[0], f"\\u{ord(key[0]):04x}", 1))
        pairs.append((key, _odd(hints[attribute], rng, depth, odd)))
        if key != attribute and rng.random() < odd / 20:
            pairs.append((attribute, None))  # the attribute's name, not the JSON key
    if rng.random() < odd / 50:
        pairs.append((rng.choice(["additional_properties", "unknown"]), 1))
    return pairs


def _write(value: Any) -> str:
    if isinstance(value, _Raw | Decimal):
        return str(value)
    if isinstance(value, dict):
        value = _Obj(value.items())
    if isinstance(value, _Obj):
        return "{" + ",".join(f"{_write_key(k)}:{_write(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(map(_write, value)) + "]"
    return json.dumps(value)


def _write_key(key: str) -> str:
    return str(key) if isinstance(key, _Raw) else json.dumps(key)


def _exact(value: Any) -> Any:
    """What `_state` holds, with each scalar's repr: Decimal("1E+3") is not "1000"."""
    if isinstance(value, Model):
        extra = value.__dict__.get("additional_properties") or {}
        fields = {a: _exact(v) for a, v in vars(value).items() if a != "additional_properties"}
        return (type(value), value.model_fields_set, _exact(extra), fields)
    if isinstance(value, list):
        return [_exact(item) for item in value]
    if isinstance(value, dict):
        return {key: _exact(item) for key, item in value.items()}
    return (type(value), repr(value))


def _outcome(read: Any) -> Any:
    try:
        result = read()
    except (ValueError, KatanaJSONDepthError, KatanaResponseShapeError) as exc:
        return type(exc)
    models = result if isinstance(result, list) else [result]
    return _exact(result), _exact([m.to_dict() if isinstance(m, Model) else m for m in models])


@pytest.mark.slow  # fuzzing: thousands of random documents
def test_odd_bodies_read_alike_by_both_readers_for_every_model() -> None:
    rng = random.Random(14)
    typed = 0
    for cls in _MODELS:
        decoder = typed_decoder(cls)
        for _ in range(6 if decoder is not None else 0):
            text = _write(_odd_document(cls, rng))
            body: bytes | str = text if rng.random() < 0.2 else text.encode()
            assert decoder is not None
            result = decoder(body)  # raises nothing, whatever the body
            if result is not REFUSED:
                typed += 1
                expected = _outcome(lambda: cls.from_dict(loads(body)))  # noqa: B023
                assert _outcome(lambda: result) == expected, (cls.__name__, body)  # noqa: B023
    assert typed > 500  # the odd values leave most documents strict


@pytest.mark.slow  # fuzzing: thousands of random documents
def test_odd_bodies_read_alike_by_every_operation() -> None:
    rng = random.Random(1414)
    typed = 0
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        operation: Any = getattr(importlib.import_module(info.name), "OPERATION", None)
        parse: Any = getattr(operation, "_read", None)
        target = getattr(parse, "__katana_typed__", None)
        if target is None:
            continue
        model = typing.get_args(target)[0] if typing.get_origin(target) is list else target
        for _ in range(5):
            one = _odd_document(model, rng, odd=0.1)
            envelopes = [
                *[one, [one], [one, one], _Obj([("data", [one])]), _Obj([("data", one)])],
                *[[], _Obj(), _Obj([("data", None)]), None, [1], _Obj([("data", [1])])],
                _Obj([("data", [one]), ("next", 1)]),
            ]
            body = _write(rng.choice(envelopes)).encode()
            expected = _outcome(lambda: parse(loads(body)))  # noqa: B023
            failed: type[Exception] | None = None
            try:
                result, done = decode_body(parse, body)
            except (ValueError, KatanaJSONDepthError) as exc:
                failed, done = type(exc), False
            if failed is not None:
                assert failed is expected, (operation.id, body)
            elif done:
                typed += 1
                assert _outcome(lambda: result) == expected, (operation.id, body)  # noqa: B023
    assert typed > 100


def test_text_holding_a_lone_surrogate_is_read_by_the_tolerant_reader() -> None:
    # msgspec cannot encode the text it is given; `json.loads` reads it.
    body = '{"id": 1, "sku": "a\ud800"}'
    assert not _typed_accepts(Variant, body)  # type: ignore[arg-type]
    assert Variant.from_json(body).sku == "a\ud800"
    assert decode_body(get_variant_parser(), body) == (loads(body), False)


def get_variant_parser() -> Any:
    from katana_client.generated.api.variants import get_variant  # noqa: PLC0415

    return get_variant.OPERATION._read


@define(kw_only=True, slots=False)
class _Inner(Model):
    __katana_fields__ = (("v", "v", "int"),)
    v: int | None = None


@define(kw_only=True, slots=False)
class _Holder(Model):
    __katana_fields__ = (("either", "either", "any"), ("rows", "rows", "any"))
    either: _Inner | int | None = None
    rows: list[list[_Inner]] | None = None


def test_a_model_held_where_no_object_is_wrapped_has_no_typed_reading() -> None:
    # A model in a union with other types, or in a list of lists, is read by the
    # tolerant reader only: the typed one would leave its object a dict.
    body = b'{"either": {"v": 2}, "rows": [[{"v": 3}]]}'
    assert typed_decoder(_Holder) is None
    holder = _Holder.from_json(body)
    assert type(holder.either) is _Inner
    assert holder.rows is not None
    assert type(holder.rows[0][0]) is _Inner


def _local_models() -> tuple[type[Any], type[Any]]:
    @define(kw_only=True, slots=False)
    class Inner(Model):  # the same qualified name for every call
        __katana_fields__ = (("v", "v", "int"),)
        v: int | None = None

    @define(kw_only=True, slots=False)
    class Outer(Model):
        __katana_fields__ = (("inner", "inner", "model:Inner"),)
        inner: Inner | None = None

    Outer.Inner = Inner  # type: ignore[attr-defined]  # where `inner`'s annotation resolves
    return Outer, Inner


def test_models_made_in_a_function_read_typed_each_as_its_own_class() -> None:
    (outer, inner), (outer_again, inner_again) = _local_models(), _local_models()
    body = b'{"inner": {"v": 1}}'
    assert _typed_accepts(outer, body)
    assert _typed_accepts(outer_again, body)
    assert type(outer.from_json(body).inner) is inner
    assert type(outer_again.from_json(body).inner) is inner_again


def test_threads_making_the_typed_decoders_at_once_all_get_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    models = [ProductList, Product, Variant, SalesOrderList, ManufacturingOrder]
    # Each fresh graph registers its structs' module; the one in use is put back after.
    structs = "katana_client._runtime._typed_structs"
    if structs in sys.modules:
        monkeypatch.setitem(sys.modules, structs, sys.modules[structs])
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for _ in range(3):
            monkeypatch.setattr(_typed, "_GRAPH", None)
            monkeypatch.setattr(_typed, "_DECODERS", {})
            with ThreadPoolExecutor(len(models) * 2) as pool:
                made = list(pool.map(typed_decoder, models * 2))
            assert None not in made
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.parametrize(
    ("field", "number"),
    [
        ("custom_fields", "1e9999999999999999999"),  # no Decimal holds the exponent
        ("custom_fields", "1e-9999999999999999999"),
        ("sales_price", "1" * 4301),  # longer than `int` reads: `loads` refuses it
        ("sales_price", "-" + "1" * 4301),
    ],
)
def test_a_number_loads_refuses_is_refused_by_the_typed_decoder(field: str, number: str) -> None:
    body = f'{{"id": 1, "{field}": {number}}}'.encode()
    assert not _typed_accepts(Variant, body)
    with pytest.raises(ValueError, match=r"JSON|Decimal|digits"):
        Variant.from_json(body)
    with pytest.raises(ValueError, match=r"JSON|Decimal|digits"):
        decode_body(get_variant_parser(), body)


def test_a_long_decimal_text_reads_alike_by_both_readers() -> None:
    # Refused by the typed decoder (it cannot tell text from a number once read), read
    # by the tolerant one, which reads text of any length.
    body = f'{{"id": 1, "sales_price": "{"9" * 5000}", "purchase_price": 1e700}}'.encode()
    assert not _typed_accepts(Variant, body)
    variant = Variant.from_json(body)
    assert variant.sales_price == Decimal("9" * 5000)
    assert variant.purchase_price == Decimal("1e700")


# Keys a model lacks (Katana adds fields): learnt, so that later bodies stay typed.


def _page_with_new_keys() -> bytes:
    variant = {"id": 11, "sku": "K-1", "sales_price": 12.5, "new_variant_key": {"a": [1.25]}}
    product = _product(brand_new_field="s3cr3t-value", variants=[variant])
    return json.dumps({"data": [product, _product(id=2)]}).encode()


def test_a_key_a_nested_model_lacks_is_learnt_and_later_bodies_read_typed_alike(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = _page_with_new_keys()
    tolerant = _state(ProductList.from_dict(loads(body)))
    caplog.set_level("DEBUG", logger="katana_client.models")
    first = ProductList.from_json(body)  # refused: the product's key, learnt
    second = ProductList.from_json(body)  # refused: the variant's key, learnt
    assert not caplog.records or "s3cr3t" not in caplog.text  # keys only, never values
    assert {r.getMessage().split(":")[0] for r in caplog.records} == {"Product", "Variant"}
    assert _typed_accepts(ProductList, body)  # from now on typed
    third = ProductList.from_json(body)
    assert _state(first) == _state(second) == _state(third) == tolerant
    assert third.data is not None
    product = third.data[0]
    assert product.additional_properties == {"brand_new_field": "s3cr3t-value"}
    assert product.to_dict()["brand_new_field"] == "s3cr3t-value"
    assert product.variants is not None
    assert product.variants[0].additional_properties == {
        "new_variant_key": {"a": [Decimal("1.25")]}
    }
    assert third.data[1].additional_properties == {}  # the product without the key
    # A body without the learnt keys reads typed as before.
    plain = json.dumps({"data": [_product()]}).encode()
    assert _typed_accepts(ProductList, plain)
    assert _state(ProductList.from_json(plain)) == _state(ProductList.from_dict(loads(plain)))


async def test_an_endpoint_reads_a_page_with_new_keys_alike_before_and_after_learning() -> None:
    body = _page_with_new_keys()
    async with _client(body) as client:
        pages = [await get_all_products.asyncio(client=client) for _ in range(3)]
    assert _typed_accepts(ProductList, body)
    expected = _state(ProductList.from_dict(loads(body)))
    assert [_state(page) for page in pages] == [expected] * 3


@pytest.mark.parametrize(
    ("operation", "body", "expected"),
    [
        # A record wrapped in `{"data": [...]}`: `data` is the envelope, never a key.
        ("record", {"data": [_product()]}, "the product"),
        # A page's lone object is a page of one: a page model learns no key.
        ("page", _product(), "a page of the product"),
        # A record holding a `data` that is not a list of records: `data` is its key.
        ("record", {**_product(), "data": 1}, "the product, data kept"),
    ],
)
async def test_keys_the_envelope_rules_read_are_never_learnt(
    operation: str, body: Any, expected: str
) -> None:
    content = json.dumps(body).encode()
    # The same model nested with a `data` key: learning it there would make the typed
    # decoder read the record envelope above as a Product holding `data`.
    nested = json.dumps({"data": [{**_product(), "data": [1]}]}).encode()
    for _ in range(3):
        ProductList.from_json(nested)
    assert _typed._LEARNED == {}
    async with _client(content) as client:
        for _ in range(3):
            if operation == "record":
                result: Any = await get_product.asyncio(client=client, id=1)
            else:
                result = await get_all_products.asyncio(client=client)
            if operation == "page":
                assert isinstance(result, ProductList)
                assert result.data is not None
                result = result.data[0]
            assert isinstance(result, Product), expected
            assert result.name == "Kettle"
            assert result.additional_properties == ({"data": 1} if "data kept" in expected else {})
    assert _typed._LEARNED == {}


async def test_a_key_a_record_lacks_at_the_top_level_is_learnt() -> None:
    body = json.dumps(_product(brand_new_field=1)).encode()
    async with _client(body) as client:
        products = [await get_product.asyncio(client=client, id=1) for _ in range(3)]
    assert dict(_typed._LEARNED) == {Product: ("brand_new_field",)}
    assert _typed_accepts(Product, body)
    expected = _state(Product.from_dict(loads(body)))
    assert [_state(product) for product in products] == [expected] * 3
    # Wrapped in `{"data": [...]}`, it is still the record, read tolerantly.
    wrapped = json.dumps({"data": [_product(brand_new_field=1)]}).encode()
    assert not _typed_accepts(Product, wrapped)
    async with _client(wrapped) as client:
        assert _state(await get_product.asyncio(client=client, id=1)) == expected


def test_learning_stops_at_its_bound_and_later_keys_read_tolerantly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_typed, "MAX_LEARNED_KEYS", 2)
    bodies = [json.dumps({"data": [_product(**{f"new_{n}": n})]}).encode() for n in range(4)]
    for body in bodies:
        for _ in range(2):
            assert _state(ProductList.from_json(body)) == _state(ProductList.from_dict(loads(body)))
    assert dict(_typed._LEARNED) == {Product: ("new_0", "new_1")}
    assert [_typed_accepts(ProductList, body) for body in bodies] == [True, True, False, False]


def test_a_decoder_handed_out_before_learning_keeps_reading_as_it_did() -> None:
    body = json.dumps({"data": [_product(brand_new_field=1)]}).encode()
    early = typed_decoder(ProductList)
    assert early is not None
    assert early(body) is REFUSED  # learns
    assert early(body) is REFUSED  # made without the key: refuses it still
    later = typed_decoder(ProductList)
    assert later is not None
    assert later is not early
    assert _state(later(body)) == _state(ProductList.from_dict(loads(body)))


def test_a_learnt_key_holding_json_nested_too_deep_is_refused_as_before() -> None:
    ProductList.from_json(json.dumps({"data": [_product(extra=1)]}).encode())  # learns
    assert dict(_typed._LEARNED) == {Product: ("extra",)}
    deep: Any = 1
    for _ in range(MAX_JSON_DEPTH):
        deep = [deep]
    body = json.dumps({"data": [_product(extra=deep)]}).encode()
    assert not _typed_accepts(ProductList, body)
    with pytest.raises(KatanaJSONDepthError):
        ProductList.from_json(body)


def test_threads_learning_at_once_read_every_body_alike() -> None:
    bodies = [
        json.dumps({"data": [_product(id=n, **{f"new_{n % 5}": n})]}).encode() for n in range(40)
    ]
    expected = [_state(ProductList.from_dict(loads(body))) for body in bodies]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            states = list(pool.map(lambda body: _state(ProductList.from_json(body)), bodies))
            assert states == expected
    assert sorted(_typed._LEARNED[Product]) == [f"new_{n}" for n in range(5)]
    assert all(_typed_accepts(ProductList, body) for body in bodies)


def test_every_unknown_key_of_the_object_is_learnt_at_once_in_the_bodys_order() -> None:
    body = json.dumps({"data": [_product(zeta_new=True, alpha_new=1)]}).encode()
    ProductList.from_json(body)  # refused once: both keys learnt
    assert dict(_typed._LEARNED) == {Product: ("zeta_new", "alpha_new")}
    assert _typed_accepts(ProductList, body)
    typed = ProductList.from_json(body)
    assert typed.data is not None
    assert typed.data[0].additional_keys == ["zeta_new", "alpha_new"]
    assert _state(typed) == _state(ProductList.from_dict(loads(body)))


@pytest.mark.parametrize(
    "key",
    ['a"b', "a\\b", "a\x01b", "tab\there", "a`b", "k" * 257],
    ids=["quote", "backslash", "control", "tab", "backtick", "long"],
)
async def test_a_key_no_struct_can_hold_is_never_learnt_and_breaks_nothing(key: str) -> None:
    # msgspec refuses '"', '\\' and control characters in a field's name: learning one
    # once broke every later decoder of the model (a 200 read as not JSON, retried).
    page = json.dumps({"data": [_product(**{key: 1})]}).encode()
    for _ in range(2):
        read = ProductList.from_json(page)
        assert read.data is not None
        assert read.data[0].additional_properties == {key: 1}
    assert _typed._LEARNED == {}
    record = json.dumps(_product()).encode()
    assert _typed_accepts(Product, record)
    async with _client(record) as client:
        response = await get_product.asyncio_detailed(client=client, id=1)
    assert isinstance(response.parsed, Product)


def test_a_top_level_key_that_reads_like_a_nested_path_teaches_nothing() -> None:
    # msgspec prints keys as they are, and a top-level key with no path: this one's
    # message names Variant's path. The body has no such key there, so nothing is learnt.
    spoof = "zz` - at `$.data[0].variants[0]"
    body = json.dumps({"data": [_product()], spoof: 1}).encode()
    for _ in range(2):
        assert _state(ProductList.from_json(body)) == _state(ProductList.from_dict(loads(body)))
    assert _typed._LEARNED == {}


def test_a_decoder_msgspec_will_not_make_leaves_reading_to_the_tolerant_reader(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    body = json.dumps({"data": [_product()]}).encode()
    expected = _state(ProductList.from_dict(loads(body)))
    _typed._forget_learned()
    make = _typed._define

    def failing(graph: Any, model: type[Any], held: list[type[Any]]) -> Any:
        if model is Variant:
            raise RuntimeError("a struct msgspec refuses")
        return make(graph, model, held)

    monkeypatch.setattr(_typed, "_define", failing)
    with caplog.at_level("WARNING", logger="katana_client.models"):
        assert typed_decoder(ProductList) is None
        assert _state(ProductList.from_json(body)) == expected
    assert "no typed decoder for ProductList (RuntimeError)" in caplog.text
    monkeypatch.setattr(_typed, "_define", make)
    _typed._forget_learned()
    assert _typed_accepts(ProductList, body)
