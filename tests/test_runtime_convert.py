"""The value readers: convert what can be read losslessly, refuse the rest with ValueError."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from katana_client._runtime import (
    UNSET,
    OpenStrEnum,
    format_datetime,
    param_text,
    query_params,
    to_bool,
    to_date,
    to_datetime,
    to_decimal,
    to_enum,
    to_int,
    to_json_value,
    to_str,
)
from katana_client._runtime._convert import _decimals_by_text
from katana_client.generated.models import Product


class Color(OpenStrEnum):
    RED = "RED"


ALL_READERS = [to_decimal, to_int, to_str, to_bool, to_datetime, to_date]


@pytest.mark.parametrize("reader", ALL_READERS)
@pytest.mark.parametrize("value", [None, UNSET, {"a": 1}, [1, 2], {}])
def test_wrong_shapes_are_refused_without_showing_the_value(reader: Any, value: Any) -> None:
    # The model reader keeps None itself; a reader never turns a shape into its type.
    with pytest.raises(ValueError, match="cannot be read") as caught:
        reader(value)
    assert "'a'" not in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (5, Decimal(5)),
        ("45.0000000000", Decimal("45.0000000000")),
        (Decimal("0.1"), Decimal("0.1")),
        (0.1, Decimal("0.1")),
        ("-1.5e3", Decimal("-1.5e3")),
    ],
)
def test_decimal_reads_int_str_decimal_and_float_exactly(raw: Any, expected: Decimal) -> None:
    result = to_decimal(raw)
    assert isinstance(result, Decimal)
    assert str(result) == str(expected)


def test_decimal_string_keeps_its_exact_digits() -> None:
    assert str(to_decimal("45.0000000000")) == "45.0000000000"


@pytest.mark.parametrize("raw", ["abc", "", "NaN", "Infinity", "1,5", True, float("inf")])
def test_decimal_refuses_what_is_not_a_finite_number(raw: Any) -> None:
    with pytest.raises(ValueError, match="decimal"):
        to_decimal(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(5, 5), ("5", 5), (Decimal("5.000"), 5), (5.0, 5), ("5.0", 5), ("-3", -3)],
)
def test_int_reads_integral_values(raw: Any, expected: int) -> None:
    result = to_int(raw)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("raw", [Decimal("5.5"), "5.5", 5.5, "n/a", True, "NaN"])
def test_int_refuses_fractions_text_and_booleans(raw: Any) -> None:
    with pytest.raises(ValueError, match=r"integer|fraction|decimal"):
        to_int(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("x", "x"), (12, "12"), (Decimal("1.50"), "1.50"), (0.5, "0.5")],
)
def test_str_writes_numbers_as_their_text(raw: Any, expected: str) -> None:
    assert to_str(raw) == expected


def test_str_refuses_booleans() -> None:
    with pytest.raises(ValueError, match="text"):
        to_str(False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(True, True), (False, False), ("true", True), ("false", False), ("TRUE", True)],
)
def test_bool_reads_booleans_and_their_strings(raw: Any, expected: bool) -> None:
    assert to_bool(raw) is expected


@pytest.mark.parametrize("raw", ["yes", 1, 0])
def test_bool_refuses_other_values(raw: Any) -> None:
    with pytest.raises(ValueError, match="boolean"):
        to_bool(raw)


def test_datetime_reads_katana_timestamps_with_z() -> None:
    assert to_datetime("2020-10-23T10:37:05.085Z") == datetime(
        2020, 10, 23, 10, 37, 5, 85000, tzinfo=UTC
    )


@pytest.mark.parametrize("raw", ["last tuesday", "14", 14])
def test_datetime_refuses_what_is_no_timestamp(raw: Any) -> None:
    with pytest.raises(ValueError, match=r"isoformat|timestamp"):
        to_datetime(raw)


def test_date_reads_calendar_dates() -> None:
    assert to_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize("raw", ["2024-02-30", "20240229", "2024-02-29T00:00:00Z"])
def test_date_refuses_text_that_would_not_round_trip(raw: str) -> None:
    with pytest.raises(ValueError, match=r"isoformat|date|range"):
        to_date(raw)


def test_enum_reads_known_and_unknown_values() -> None:
    assert to_enum(Color, "RED") is Color.RED
    unknown = to_enum(Color, "TEAL")
    assert isinstance(unknown, Color)
    assert unknown == "TEAL"


@pytest.mark.parametrize("raw", [3, None, True, ["RED"]])
def test_enum_refuses_values_of_the_wrong_type(raw: Any) -> None:
    with pytest.raises(ValueError, match="Color"):
        to_enum(Color, raw)


@pytest.mark.parametrize(
    "text",
    ["2020-10-23T10:37:05.085Z", "2020-10-23T10:37:05.000Z", "2020-10-23T10:37:05.123456Z"],
)
def test_format_datetime_writes_back_what_katana_sent(text: str) -> None:
    assert format_datetime(to_datetime(text)) == text


def test_format_datetime_keeps_non_utc_offsets() -> None:
    value = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
    assert format_datetime(value) == "2024-01-01T12:00:00.000+02:00"


def test_to_json_value_undoes_the_readers() -> None:
    value = [Color.RED, to_datetime("2020-10-23T10:37:05.085Z"), date(2024, 1, 2), "x"]
    assert to_json_value(value) == ["RED", "2020-10-23T10:37:05.085Z", "2024-01-02", "x"]


def test_query_booleans_are_lowercase() -> None:
    assert query_params({"a": True, "b": False}) == [("a", "true"), ("b", "false")]


def test_query_lists_become_repeated_keys() -> None:
    assert query_params({"ids": [1, 2]}) == [("ids", "1"), ("ids", "2")]


def test_query_leaves_out_unset_and_none() -> None:
    assert query_params({"a": UNSET, "b": None, "c": 0}) == [("c", "0")]


def test_query_decimals_use_plain_notation() -> None:
    assert query_params({"p": Decimal("1E+2"), "q": Decimal("0.10")}) == [
        ("p", "100"),
        ("q", "0.10"),
    ]


def test_query_writes_enums_and_timestamps_as_text() -> None:
    when = datetime(2024, 1, 1, tzinfo=UTC)
    assert query_params({"s": Color.RED, "t": when}) == [
        ("s", "RED"),
        ("t", "2024-01-01T00:00:00.000Z"),
    ]


def test_param_text_writes_ints_plainly() -> None:
    assert param_text(42) == "42"


@pytest.mark.parametrize(
    "value",
    [Decimal("1E+19"), Decimal("9E+5000"), Decimal("1E+100000"), "1e100000", Decimal("-1E+19")],
)
def test_to_int_refuses_a_whole_number_beyond_64_bits(value: object) -> None:
    # int() of such a Decimal takes minutes at 1e10000000, and an int of over 4300
    # digits cannot be printed: a model holding one would fail in repr().
    with pytest.raises(ValueError, match="10\\*\\*19"):
        to_int(value)


def test_to_int_still_reads_64_bit_whole_numbers() -> None:
    assert to_int(Decimal("9223372036854775807")) == 2**63 - 1
    assert to_int(Decimal("9.999E+18")) == 9_999_000_000_000_000_000
    assert to_int("-1000000000000000000.000") == -(10**18)


def test_a_huge_number_in_an_int_field_is_set_aside_readably() -> None:
    product = Product.from_json(b'{"id": 1, "default_supplier_id": 9e100000, "variants": []}')
    assert product.default_supplier_id is None
    assert product.unreadable_keys == ["default_supplier_id"]
    assert product["default_supplier_id"] == Decimal("9e100000")
    assert "9E+100000" in repr(product)


def test_long_numeric_texts_are_not_cached() -> None:
    long_text = "1" * 1000 + ".5"
    assert to_decimal(long_text) == Decimal(long_text)
    assert long_text not in _decimals_by_text
    assert to_decimal(10**40) == Decimal(10**40)
    assert 10**40 not in _decimals_by_text
    assert to_decimal("2.25") == Decimal("2.25")
    assert "2.25" in _decimals_by_text


def test_unset_stays_one_object_through_copy_deepcopy_and_pickle() -> None:
    # The converters and models test for UNSET by identity.
    held = {"a": [UNSET]}
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(held)["a"][0] is UNSET
    assert pickle.loads(pickle.dumps(held))["a"][0] is UNSET
