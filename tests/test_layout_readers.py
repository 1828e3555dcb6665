"""Readers compiled per key layout read exactly what the generic reader reads."""

from __future__ import annotations

import copy
from collections import defaultdict
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import pytest

from katana_client._runtime import UNSET, _readers, dumps, loads
from katana_client.generated.models import Product, ProductList, Variant, VariantConfigAttribute

_VARIANT: dict[str, Any] = {
    "sku": 12,
    "id": "9",
    "sales_price": "1.50",
    "purchase_price": 3,
    "minimum_order_quantity": Decimal("0.5"),
    "lead_time": None,
    "created_at": "2024-01-02T03:04:05.678Z",
    "updated_at": "not a date",
    "supplier_item_codes": ["A", 7, None],
    "config_attributes": [{"config_name": "Finish", "config_value": 1}, None, "x"],
    "later_key": {"kept": True},
}


def _generic(cls: type[Any], src: dict[str, Any]) -> Any:
    reader = _readers.reader_of(cls)
    assert reader is not None
    return reader._generic_reader(reader._copying)(cls, src)


def test_a_layout_reader_and_the_generic_reader_agree() -> None:
    first = Variant.from_dict(_VARIANT)
    second = Variant.from_dict(dict(_VARIANT))
    generic = _generic(Variant, _VARIANT)
    assert first == second == generic
    assert first.to_dict() == generic.to_dict()
    assert first.sku == "12"
    assert first.id == 9
    assert first.sales_price == Decimal("1.50")
    assert first.updated_at == "not a date"
    assert first.supplier_item_codes == ["A", "7", None]
    assert first.service_id is UNSET
    assert first.additional_keys == ["later_key"]


def test_the_same_keys_in_another_order_read_the_same() -> None:
    reordered = dict(reversed(list(_VARIANT.items())))
    assert Variant.from_dict(reordered) == Variant.from_dict(_VARIANT)


def test_unknown_keys_keep_their_order_and_values() -> None:
    src = {"zeta": 1, "config_name": "a", "alpha": [2], "config_value": "b"}
    model = VariantConfigAttribute.from_dict(src)
    assert model.additional_keys == ["zeta", "alpha"]
    assert model["alpha"] is src["alpha"]
    assert model.to_dict() == {"config_name": "a", "config_value": "b", "zeta": 1, "alpha": [2]}


def test_past_the_layout_limit_the_generic_reader_is_used() -> None:
    for index in range(_readers.MAX_LAYOUTS + 5):
        src = {f"extra_{index}": index, "config_name": "n"}
        model = VariantConfigAttribute.from_dict(src)
        assert model.config_name == "n"
        assert model[f"extra_{index}"] == index
    reader = _readers.reader_of(VariantConfigAttribute)
    assert reader is not None
    assert len(reader.by_layout) <= _readers.MAX_LAYOUTS


def test_keys_that_are_not_strings_are_read_by_the_generic_reader() -> None:
    src: dict[Any, Any] = {"id": 1, 5: "five"}
    product = Product.from_dict(src)
    assert product.id == 1
    extra: dict[Any, Any] = product.additional_properties
    assert extra == {5: "five"}


def test_nested_models_read_through_their_own_layout_readers() -> None:
    src = {"id": 1, "variants": [dict(_VARIANT), dict(_VARIANT)]}
    product = Product.from_dict(src)
    again = Product.from_dict(src)
    assert product == again
    variants: Any = product.variants
    assert [type(v) for v in variants] == [Variant, Variant]
    assert variants[0] == Variant.from_dict(_VARIANT)


def test_another_key_set_of_the_same_size_is_read_by_its_own_layout() -> None:
    first = {"config_name": "Finish", "config_value": "oak"}
    # Same number of keys, one of them different: the reader found by size must not
    # read it as the first layout.
    other = {"config_name": "Finish", "surprise": "x"}
    for _ in range(3):  # taking turns, so neither layout's reader is read by the other
        a = VariantConfigAttribute.from_dict(first)
        b = VariantConfigAttribute.from_dict(other)
        assert (a.config_name, a.config_value, a.additional_keys) == ("Finish", "oak", [])
        assert (b.config_name, b.config_value) == ("Finish", UNSET)
        assert b.additional_properties == {"surprise": "x"}


def test_nested_objects_of_another_key_set_are_read_by_their_own_layout() -> None:
    src = {
        "id": 1,
        "config_attributes": [
            {"config_name": "a", "config_value": "b"},
            {"config_name": "a", "unknown": "c"},
        ],
    }
    variant = Variant.from_dict(src)
    attributes: Any = variant.config_attributes
    assert attributes[0].config_value == "b"
    assert attributes[1].config_value is UNSET
    assert attributes[1]["unknown"] == "c"


def test_mappings_other_than_dict_are_read_without_being_changed() -> None:
    VariantConfigAttribute.from_dict({"config_name": "a", "config_value": "b"})
    proxy = MappingProxyType({"config_name": "p", "config_value": 5})
    assert VariantConfigAttribute.from_dict(proxy).config_value == "5"
    # A defaultdict of the known size but with other keys: looking its missing keys up
    # would add them; it must come back as it went in.
    loose: defaultdict[str, Any] = defaultdict(list, {"config_name": "d", "other": 1})
    model = VariantConfigAttribute.from_dict(loose)
    assert dict(loose) == {"config_name": "d", "other": 1}
    assert model.config_value is UNSET
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


def test_a_response_body_is_read_without_copying_its_lists() -> None:
    data = loads(dumps(_PAGE))
    products = data["data"]
    variants = products[0]["variants"]
    page = ProductList._from_owned(data)
    # The decoded lists now hold the models: a page allocates no list of its own.
    assert page.data is products
    first: Any = page.data
    assert first[0].variants is variants
    assert [type(v) for v in variants] == [Variant, Variant]


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"null"])
def test_from_json_refuses_a_document_that_is_not_an_object(body: bytes) -> None:
    with pytest.raises(ValueError, match=r"ProductList\.from_json expects a JSON object"):
        ProductList.from_json(body)


def test_from_json_refuses_text_that_is_not_json() -> None:
    with pytest.raises(ValueError, match="Expecting value"):
        Product.from_json(b"<html>")
