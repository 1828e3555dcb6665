"""The readers' speed-ups (caches, inline fast paths) change no value that is read."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from katana_client._runtime import _convert, to_decimal
from katana_client.generated.models import Product, Variant


def test_a_cached_decimal_keeps_the_digits_of_its_own_text() -> None:
    assert str(to_decimal("1.50")) == "1.50"
    assert str(to_decimal("1.5")) == "1.5"
    assert str(to_decimal("1.50")) == "1.50"


def test_small_and_large_integers_read_as_equal_decimals() -> None:
    for number in (0, 1, 255, 256, 10**20, -1):
        value = to_decimal(number)
        assert type(value) is Decimal
        assert value == number


def test_the_decimal_text_cache_stays_bounded() -> None:
    for number in range(_convert._DECIMAL_CACHE_SIZE + 10):
        assert to_decimal(f"{number}.25") == Decimal(number) + Decimal("0.25")
    assert len(_convert._decimals_by_text) <= _convert._DECIMAL_CACHE_SIZE


def test_text_that_is_not_a_finite_number_is_never_cached() -> None:
    for text in ("NaN", "Infinity"):
        with pytest.raises(ValueError, match="finite"):
            to_decimal(text)
        assert text not in _convert._decimals_by_text


def test_the_inline_fast_path_still_converts_unexpected_types() -> None:
    variant = Variant.from_dict(
        {"id": "9", "sku": 12, "sales_price": 3, "lead_time": "7", "updated_at": "2024-01-02"}
    )
    assert variant.id == 9
    assert variant.sku == "12"
    assert variant.sales_price == Decimal(3)
    assert variant.lead_time == 7
    updated_at: Any = variant.updated_at
    assert updated_at is not None
    assert not isinstance(updated_at, str)


def test_a_list_of_models_holding_non_objects_is_kept_aside_as_it_came() -> None:
    product = Product.from_dict({"id": 1, "variants": [{"id": "2"}, None, 7]})
    assert product.variants is None
    assert product["variants"] == [{"id": "2"}, None, 7]


def test_a_list_of_models_with_an_object_lacking_its_id_is_kept_aside_untouched() -> None:
    raw = [{"id": "2", "created_at": "2024-01-02T00:00:00Z"}, {"sku": "x"}]
    product = Product.from_dict({"id": 1, "variants": raw})
    assert product.variants is None
    assert product["variants"] == raw  # the first object was not read in place


def test_a_subclass_reads_as_itself() -> None:
    class MyProduct(Product):
        pass

    product = MyProduct.from_dict({"id": 1, "name": "Table", "extra": True})
    assert type(product) is MyProduct
    assert product.name == "Table"
    assert product["extra"] is True
