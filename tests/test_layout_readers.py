"""The reader's fast path (objects of a known key layout) reads what key-by-key reading does.

The first object of a layout is read key by key (`_read_by_key`); later objects with
the same keys take the layout path, which visits only the fields whose value needs
converting. Each test reads the same document twice, so both paths run.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import pytest

from katana_client._runtime import _readers, dumps, loads
from katana_client.generated.models import (
    LocationAddress,
    Product,
    ProductList,
    Variant,
    VariantConfigAttribute,
)

_VARIANT: dict[str, Any] = {
    "sku": 12,
    "id": "9",
    "sales_price": "1.50",
    "purchase_price": 3,
    "minimum_order_quantity": Decimal("0.5"),
    "lead_time": None,
    "created_at": "2024-01-02T03:04:05.678Z",
    "updated_at": "not a date",
    "supplier_item_codes": ["A", 7],
    "config_attributes": [{"config_name": "Finish", "config_value": 1}],
    "later_key": {"kept": True},
}


def _twice(cls: type[Any], src: dict[str, Any]) -> tuple[Any, Any]:
    """Read `src` as the first of its layout (key by key), then by that layout."""
    _readers.plan_of(cls).layouts.pop(len(src), None)
    first = cls.from_dict(src)
    assert _readers.plan_of(cls).layouts[len(src)].fields[0].key == next(iter(src))
    return first, cls.from_dict(src)


def test_the_layout_path_and_key_by_key_reading_agree() -> None:
    src = {k: v for k, v in _VARIANT.items() if k != "later_key"}
    first, second = _twice(Variant, src)
    assert first == second
    assert (
        first.to_dict()
        == second.to_dict()
        == src
        | {"id": 9, "sku": "12"}
        | {
            "sales_price": Decimal("1.50"),
            "purchase_price": Decimal(3),
            "supplier_item_codes": ["A", "7"],
            "config_attributes": [{"config_name": "Finish", "config_value": "1"}],
            "created_at": "2024-01-02T03:04:05.678Z",
        }
    )
    assert second.updated_at is None
    assert second.unreadable_keys == ["updated_at"]
    assert second["updated_at"] == "not a date"
    assert second.service_id is None
    assert "service_id" not in second.model_fields_set


def test_the_same_keys_in_another_order_read_the_same() -> None:
    reordered = dict(reversed(list(_VARIANT.items())))
    assert Variant.from_dict(reordered) == Variant.from_dict(_VARIANT)


def test_unknown_keys_keep_their_order_and_values() -> None:
    src = {"zeta": 1, "config_name": "a", "alpha": [2], "config_value": "b"}
    model = VariantConfigAttribute.from_dict(src)
    assert model.additional_keys == ["zeta", "alpha"]
    assert model["alpha"] == src["alpha"]
    assert model.to_dict() == {"config_name": "a", "config_value": "b", "zeta": 1, "alpha": [2]}


def test_renamed_keys_are_read_on_both_paths() -> None:
    src = {"id": 1, "zip": 12345, "city": "Tallinn"}
    first, second = _twice(LocationAddress, src)
    assert first.zip_ == second.zip_ == "12345"
    assert "zip_" in second.model_fields_set
    assert first.to_dict() == second.to_dict() == {"id": 1, "zip": "12345", "city": "Tallinn"}


def test_past_the_layout_limit_objects_are_read_key_by_key() -> None:
    for index in range(_readers.MAX_LAYOUTS + 5):
        src = {"config_name": "n", **{f"c{i}": i for i in range(index)}}
        model = VariantConfigAttribute.from_dict(src)
        assert model.config_name == "n"
    assert len(_readers.plan_of(VariantConfigAttribute).layouts) <= _readers.MAX_LAYOUTS


def test_keys_that_are_not_strings_are_kept_as_unknown_keys() -> None:
    src: dict[Any, Any] = {"id": 1, 5: "five"}
    product = Product.from_dict(src)
    assert product.id == 1
    extra: dict[Any, Any] = product.additional_properties
    assert extra == {5: "five"}


def test_another_key_set_of_the_same_size_is_not_read_as_the_first() -> None:
    first = {"config_name": "Finish", "config_value": "oak"}
    other = {"config_name": "Finish", "surprise": "x"}
    for _ in range(3):  # taking turns
        a = VariantConfigAttribute.from_dict(first)
        b = VariantConfigAttribute.from_dict(other)
        assert (a.config_name, a.config_value, a.additional_keys) == ("Finish", "oak", [])
        assert (b.config_name, b.config_value) == ("Finish", None)
        assert b.additional_properties == {"surprise": "x"}


def test_a_null_required_value_fails_on_the_layout_path_too() -> None:
    Product.from_dict({"id": 1, "name": "a"})
    Product.from_dict({"id": 2, "name": "b"})
    with pytest.raises(ValueError, match="required field 'id'"):
        Product.from_dict({"id": None, "name": "c"})


def test_a_nested_object_refused_on_the_layout_path_is_kept_as_it_came() -> None:
    bad = {"id": "abc", "name": "Acme", "created_at": "2024-01-02T00:00:00Z"}
    for index in range(3):  # the first supplier of this layout is read key by key
        good = Product.from_dict({"id": 1, "supplier": dict(bad, id=index)})
        assert good.supplier is not None
        product = Product.from_dict({"id": 1, "supplier": bad})
        assert product.supplier is None
        assert product["supplier"] == bad


def test_mappings_other_than_dict_are_read_without_being_changed() -> None:
    proxy = MappingProxyType({"config_name": "p", "config_value": 5})
    assert VariantConfigAttribute.from_dict(proxy).config_value == "5"
    loose: defaultdict[str, Any] = defaultdict(list, {"config_name": "d", "other": 1})
    model = VariantConfigAttribute.from_dict(loose)
    assert dict(loose) == {"config_name": "d", "other": 1}
    assert model.config_value is None
    assert model["other"] == 1


def test_whole_numbers_read_as_decimal_share_one_cached_object() -> None:
    first = Variant.from_dict({"id": 1, "sales_price": 4523})
    second = Variant.from_dict({"id": 2, "sales_price": 4523})
    assert first.sales_price == Decimal(4523)
    assert type(first.sales_price) is Decimal
    assert first.sales_price is second.sales_price


_PAGE = {
    "data": [
        {"id": 1, "name": "Desk", "variants": [dict(_VARIANT), dict(_VARIANT, id=2)]},
        {"id": 2, "configs": [{"id": 3, "values": ["oak", 4]}], "supplier": {"id": 5}},
    ]
}


def test_from_dict_leaves_the_callers_dict_as_it_was() -> None:
    src = loads(dumps(_PAGE))
    before = copy.deepcopy(src)
    ProductList.from_dict(src)
    assert src == before


def test_from_json_reads_what_from_dict_reads() -> None:
    body = dumps(_PAGE)
    from_json = ProductList.from_json(body)
    assert from_json == ProductList.from_dict(loads(body))
    assert from_json.to_dict() == ProductList.from_dict(loads(body)).to_dict()
    assert Variant.from_json(dumps(_VARIANT)) == Variant.from_dict(_VARIANT)


def test_a_response_body_is_read_in_place() -> None:
    data = loads(dumps({"data": [{"id": 1, "variants": [{"id": 1, "sku": "a"}] * 2}]}))
    products = data["data"]
    variants = products[0]["variants"]
    second = variants[1]
    _readers.plan_of(Variant).layouts.pop(2, None)  # the first learns the layout
    page = ProductList._from_owned(data)
    # The decoded lists now hold the models, and each object's dict is its __dict__.
    assert page.data is products
    first: Any = page.data
    assert first[0].variants is variants
    assert [type(v) for v in variants] == [Variant, Variant]
    assert vars(variants[1]) is second


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"null"])
def test_from_json_refuses_a_document_that_is_not_an_object(body: bytes) -> None:
    with pytest.raises(ValueError, match=r"ProductList\.from_json expects a JSON object"):
        ProductList.from_json(body)


def test_from_json_refuses_text_that_is_not_json() -> None:
    with pytest.raises(ValueError, match="Expecting value"):
        Product.from_json(b"<html>")


@pytest.mark.parametrize(
    "variants",
    [[{"id": 1, "sku": 5}, {"sku": "b"}], [{"id": 1, "sku": 5}, 7], [{"id": 1}, {"id": "x"}]],
)
def test_a_list_with_an_object_it_cannot_read_is_kept_as_it_came(variants: list[Any]) -> None:
    body = dumps({"id": 1, "variants": variants})
    for product in (
        Product.from_json(body),
        Product.from_json(body),
        Product.from_dict(loads(body)),
    ):
        assert product.variants is None
        assert product.unreadable_keys == ["variants"]
        assert product["variants"] == variants  # not one object read (5 would be "5")
