"""JSON in and out: numbers with a fraction never pass through float."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from katana_client._runtime import UNSET, OpenStrEnum, _json, dumps, loads


class Status(OpenStrEnum):
    DONE = "DONE"


def test_loads_reads_fractions_as_decimal() -> None:
    assert loads(b'{"q": 45.0000000000}') == {"q": Decimal("45.0000000000")}
    assert str(loads(b"45.0000000000")) == "45.0000000000"


def test_loads_keeps_integers_as_int() -> None:
    value = loads(b"[1, -2]")
    assert value == [1, -2]
    assert all(type(v) is int for v in value)


def test_loads_never_produces_float() -> None:
    assert not isinstance(loads(b"[0.1, 1e400, NaN]")[1], float)
    assert all(isinstance(v, Decimal) for v in loads(b"[0.1, 1e400, NaN]"))


def test_dumps_writes_decimal_as_exact_literal() -> None:
    assert dumps({"q": Decimal("45.0000000000")}) == b'{"q":45.0000000000}'


def test_decimal_round_trips_byte_for_byte() -> None:
    text = b'{"a":0.1,"b":[1.10,2.000],"c":-0.0000001}'
    assert dumps(loads(text)) == b'{"a":0.1,"b":[1.10,2.000],"c":-1E-7}'
    assert loads(dumps(loads(text))) == loads(text)


def test_dumps_writes_json_basics() -> None:
    value = {"s": 'é\n"', "n": None, "t": True, "f": False, "i": 3, "l": [1, "x"]}
    assert json.loads(dumps(value)) == value


def test_dumps_keeps_non_ascii_as_utf8() -> None:
    assert dumps("Å") == '"Å"'.encode()


def test_dumps_writes_dates_enums_and_models() -> None:
    class Model:
        def to_dict(self) -> dict[str, object]:
            return {"status": Status.DONE}

    value = [datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), date(2024, 1, 2), Model()]
    assert json.loads(dumps(value)) == [
        "2024-01-02T03:04:05.000Z",
        "2024-01-02",
        {"status": "DONE"},
    ]


def test_dumps_writes_unknown_enum_values_unchanged() -> None:
    assert dumps([Status("NEW_THING")]) == b'["NEW_THING"]'


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), float("inf")])
def test_dumps_refuses_non_finite_numbers(value: object) -> None:
    with pytest.raises(ValueError, match="non-finite"):
        dumps(value)


def test_dumps_refuses_unset() -> None:
    with pytest.raises(TypeError):
        dumps({"a": UNSET})


# Documents the fast decoder (msgspec) refuses and the standard library accepts, or
# that both refuse: `loads` must answer exactly as `json.loads` does for each.
_STDLIB_EDGE_CASES = [
    b'{"a": 1, "a": 2}',
    b"[NaN, Infinity, -Infinity]",
    b'"\\ud800"',
    b'"\xed\xa0\x80"',
    "\ufeff[1]".encode(),
    "[1.5]".encode("utf-16"),
    b"123456789012345678901234567890",
    b"[1e400, -0.0, 1.0E-3]",
    "[1.25]",
]


@pytest.mark.parametrize("document", _STDLIB_EDGE_CASES)
def test_loads_answers_as_the_standard_library(document: bytes | str) -> None:
    expected = json.loads(document, parse_float=Decimal, parse_constant=Decimal)
    assert repr(loads(document)) == repr(expected)


@pytest.mark.parametrize("document", [b"", b"  ", b"[1,]", b"\xff", b'{"a" 1}'])
def test_loads_refuses_invalid_json_with_the_standard_error(document: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)):
        loads(document)


def test_loads_uses_the_fast_decoder_when_installed() -> None:
    # msgspec is a dependency: a broken install must show up here, not as a slow client.
    assert _json._load_fast_decoder() is not None


def test_the_fast_decoder_reads_as_the_standard_library() -> None:
    document = b'{"q": 45.0000000000, "n": 12345678901234567890, "s": "\\u00e9"}'
    expected = json.loads(document, parse_float=Decimal, parse_constant=Decimal)
    assert repr(loads(document)) == repr(expected)


# The second document has NaN, which msgspec refuses: the standard library reads it.
@pytest.mark.parametrize(
    "document",
    [b'{"quantity": 1e1000000000000000000}', b'{"q": NaN, "quantity": 1e1000000000000000000}'],
)
def test_loads_refuses_a_number_beyond_decimal_range_with_value_error(document: bytes) -> None:
    with pytest.raises(ValueError, match="beyond Decimal's range"):
        loads(document)
