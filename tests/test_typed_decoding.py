"""The typed decoder (`_runtime/_typed.py`) reads exactly what the tolerant reader reads.

A body whose objects hold only their models' fields, each value of its type, is read
straight into the models by msgspec; anything else is refused and read by `loads` and
the tolerant reader. These tests hold the two readings to each other on fuzzed
documents for every model, and through an endpoint call, and pin the refusals that keep
them equal (unknown keys, conversions, non-finite decimals, envelopes, depth).
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
import random
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from conftest import all_models

import katana_client.generated.api as api
from katana_client import KatanaClient, KatanaJSONDepthError, KatanaResponseShapeError
from katana_client._runtime import MAX_JSON_DEPTH, Model, Unset, dumps, loads
from katana_client._runtime._typed import REFUSED, typed_decoder
from katana_client.generated.api.products import get_all_products, get_product
from katana_client.generated.api.variants import get_all_variants
from katana_client.generated.models import Product, ProductList, Variant

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
            dict(value.__dict__.get("additional_properties") or {}),
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
