"""Generated models read whatever Katana sends and write back what they read."""

from __future__ import annotations

import functools
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier
from servers.leakcheck import find_leaks, make_secret

import katana_client.generated.models as models
from katana_client import KatanaResponseShapeError
from katana_client._runtime import dumps, loads
from katana_client.generated.models import (
    CreateProductDto,
    CreateProductVariantDto,
    Product,
    SalesOrder,
    SalesOrderStatus,
    Supplier,
    Variant,
    WebhookDto,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "katana-openapi.yaml"

PRODUCT = {
    "id": 1,
    "name": "Kitchen Table",
    "purchase_uom_conversion_rate": "45.0000000000",
    "created_at": "2020-10-23T10:37:05.085Z",
    "is_sellable": True,
    "supplier": {"id": 7, "name": "Wood Co"},
    "variants": [{"id": 2, "sku": "KT", "sales_price": 120.5}],
}


def test_fields_are_read_into_their_types() -> None:
    product = Product.from_dict(loads(dumps(PRODUCT)))
    assert product.id == 1
    assert product.purchase_uom_conversion_rate == Decimal("45.0000000000")
    assert product.created_at == datetime(2020, 10, 23, 10, 37, 5, 85000, tzinfo=UTC)
    assert isinstance(product.supplier, Supplier)
    assert isinstance(product.variants, list)
    assert isinstance(product.variants[0], Variant)
    assert product.variants[0].sales_price == Decimal("120.5")


def test_round_trip_gives_back_the_input_with_decimals_by_value() -> None:
    data = loads(dumps(PRODUCT))
    written = Product.from_dict(data).to_dict()
    assert _same(written, data)
    assert written == {**data, "purchase_uom_conversion_rate": Decimal("45.0000000000")}


def test_round_trip_through_json_keeps_decimal_digits() -> None:
    text = b'{"id":1,"purchase_uom_conversion_rate":45.0000000000}'
    assert dumps(Product.from_dict(loads(text))) == text


def test_missing_keys_are_none_and_left_out() -> None:
    product = Product.from_dict({"id": 1})
    assert product.name is None
    assert product.model_fields_set == {"id"}
    assert product.to_dict() == {"id": 1}


def test_null_is_none_and_written_back() -> None:
    product = Product.from_dict({"id": 1, "name": None, "supplier": None, "variants": None})
    assert product.name is None
    assert product.supplier is None
    assert product.to_dict() == {"id": 1, "name": None, "supplier": None, "variants": None}


def test_an_empty_object_where_a_model_needs_its_id_is_kept_aside() -> None:
    product = Product.from_dict({"id": 1, "supplier": {}})
    assert product.supplier is None
    assert product.unreadable_keys == ["supplier"]
    assert product.to_dict() == {"id": 1, "supplier": {}}
    assert Supplier.from_dict({"id": 3}).to_dict() == {"id": 3}


def test_an_empty_object_for_the_whole_model_is_a_shape_error() -> None:
    with pytest.raises(KatanaResponseShapeError, match="Product: required field 'id' is missing"):
        Product.from_dict({})


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("supplier", "not an object"),
        ("variants", {"not": "a list"}),
        ("created_at", "yesterday"),
        ("purchase_uom_conversion_rate", "n/a"),
        ("is_sellable", "maybe"),
        ("name", ["a"]),
    ],
)
def test_values_of_the_wrong_shape_are_kept_aside(field: str, raw: Any) -> None:
    data = {"id": 1, field: raw}
    product = Product.from_dict(data)
    assert getattr(product, field) is None
    assert product.unreadable_keys == [field]
    assert product.to_dict() == data


def test_string_numbers_and_booleans_are_read() -> None:
    product = Product.from_dict(
        {"id": "5", "default_supplier_id": "7", "is_sellable": "false", "name": 12}
    )
    assert product.id == 5
    assert product.default_supplier_id == 7
    assert product.is_sellable is False
    assert product.name == "12"


def test_unknown_keys_are_kept_and_written_back() -> None:
    product = Product.from_dict({"id": 1, "brand_new_field": {"x": 1}})
    assert product["brand_new_field"] == {"x": 1}
    assert "brand_new_field" in product
    assert product.additional_properties == {"brand_new_field": {"x": 1}}
    assert product.to_dict() == {"id": 1, "brand_new_field": {"x": 1}}


def test_from_dict_does_not_modify_its_input() -> None:
    data = {"id": 1, "extra": 2, "variants": [{"id": 3}]}
    snapshot = repr(data)
    Product.from_dict(data)
    assert repr(data) == snapshot


def test_unknown_enum_value_is_kept() -> None:
    order = SalesOrder.from_dict({"id": 1, "status": "SHIPPED_BY_DRONE"})
    assert isinstance(order.status, SalesOrderStatus)
    assert order.status == "SHIPPED_BY_DRONE"
    assert order.to_dict() == {"id": 1, "status": "SHIPPED_BY_DRONE"}


def test_known_enum_value_is_the_member() -> None:
    assert SalesOrder.from_dict({"id": 1, "status": "DELIVERED"}).status is SalesOrderStatus(
        "DELIVERED"
    )


def test_unknown_enum_values_inside_lists_are_kept() -> None:
    data = {"url": "https://x", "subscribed_events": ["sales_order.created", "robot.arrived"]}
    webhook = WebhookDto.from_dict(data)
    assert isinstance(webhook.subscribed_events, list)
    assert webhook.subscribed_events[1] == "robot.arrived"
    assert webhook.to_dict() == data


def test_request_dto_is_built_with_typed_values_and_serialized_exactly() -> None:
    body = CreateProductDto(
        name="Table",
        variants=[CreateProductVariantDto(sku="T-1", purchase_price=Decimal("10.10"))],
    )
    assert dumps(body) == b'{"name":"Table","variants":[{"purchase_price":10.10,"sku":"T-1"}]}'


def test_a_built_models_credential_is_written_but_not_shown() -> None:
    token = make_secret("webhook-token")
    dto = WebhookDto(url="https://hooks.example/k", token=token)
    assert find_leaks([repr(dto)]) == []
    assert dto.to_dict()["token"] == token


def test_request_dto_requires_its_required_fields() -> None:
    with pytest.raises(TypeError):
        CreateProductDto(name="Table")  # type: ignore[call-arg]


@functools.cache
def _spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=loader)
    return spec


def _examples() -> list[tuple[str, Any]]:
    spec = _spec()
    examples = []
    for item in spec["paths"].values():
        for operation in item.values():
            for code, response in operation.get("responses", {}).items():
                media = (response.get("content") or {}).get("application/json") or {}
                if code.startswith("2") and "example" in media:
                    examples.append((operation["operationId"], media["example"]))
    return examples


def _same(left: Any, right: Any) -> bool:
    """Equal, reading decimal strings and numbers by value ("1.50" == Decimal("1.5"))."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(_same, left, right))
    numeric = (str, int, Decimal)
    if (
        isinstance(left, numeric)
        and isinstance(right, numeric)
        and not isinstance(left, bool)
        and not isinstance(right, bool)
    ):
        try:
            return Decimal(left) == Decimal(right)
        except ArithmeticError:
            pass
    return bool(left == right)


@pytest.mark.slow
def test_every_documented_response_example_round_trips() -> None:
    """Each example in the spec parses with its operation's model and is written back."""
    spec = _spec()
    modules = {
        operation["operationId"]: import_module(
            "katana_client.generated.api."
            f"{PythonIdentifier(operation['tags'][0], 'tag')}."
            f"{PythonIdentifier(operation['operationId'], 'field_')}"
        )
        for item in spec["paths"].values()
        for operation in item.values()
    }
    checked = 0
    for operation_id, example in _examples():
        module = modules[operation_id]
        if module.OPERATION.parse is None:
            continue
        data = loads(dumps(example))
        # The parser reads a response body it owns (its lists are converted in place), so
        # it gets a decoded copy of its own.
        parsed = module.OPERATION.parse(loads(dumps(example)))
        written = [p.to_dict() for p in parsed] if isinstance(parsed, list) else parsed.to_dict()
        assert _same(data, loads(dumps(written))), operation_id
        checked += 1
    assert checked > 100


@pytest.mark.slow
def test_importing_the_models_package_loads_no_model() -> None:
    code = (
        "import sys, katana_client.generated.models as m\n"
        "loaded = [n for n in sys.modules if n.startswith('katana_client.generated.models.')]\n"
        "assert loaded == [], loaded\n"
        "assert m.Product.__name__ == 'Product'\n"
        "assert 'Product' in dir(m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unknown_model_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018
