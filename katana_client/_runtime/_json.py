"""JSON in and out without ever passing money or quantities through `float`.

Katana sends quantities as integers, floats and strings ("45.0000000000") for the same
field. Reading every JSON number with a fraction as `Decimal` and writing `Decimal` back
as the exact number literal keeps values such as 0.1 + 0.2 and 45.0000000000 intact.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

from ._convert import format_datetime

__all__ = ["dumps", "loads", "loads_object"]

# The C implementation; keeps non-ASCII text as UTF-8 rather than \u escapes.
_encode_str: Callable[[str], str] = encode_basestring


# msgspec's decoder builds the same dicts and lists about twice as fast as `json.loads`
# (a 250-product page: 4.9 ms against 8.9 ms), and hands each number literal with a
# fraction to `float_hook` as its text, so `Decimal` sees the exact digits. It is
# strict RFC 8259 JSON; whatever it refuses (NaN, a UTF-8 BOM, UTF-16, lone
# surrogates, invalid documents) is read again by the standard library, so `loads`
# accepts and returns exactly what `json.loads` does. Imported on first use: importing
# it costs about 10 ms that `import katana_client` should not pay.
_Decode = Callable[[bytes | str], Any]
_fast_decode: _Decode | None = None
_fast_decode_known = False


def _load_fast_decoder() -> _Decode | None:
    global _fast_decode, _fast_decode_known  # a one-time lazy import
    try:
        import msgspec.json  # noqa: PLC0415 - see above
    except ImportError:  # a platform without msgspec's wheels: the stdlib alone
        _fast_decode = None
    else:
        _fast_decode = msgspec.json.Decoder(float_hook=Decimal).decode
    _fast_decode_known = True
    return _fast_decode


def loads(content: bytes | str) -> Any:
    """Parse JSON, reading numbers with a fraction or exponent as `Decimal`.

    Integers stay `int`, however large. The non-standard constants NaN and Infinity
    also become `Decimal`, so no `float` ever appears in the result.

    Raises:
        ValueError: `content` is not valid JSON (`json.JSONDecodeError`), or holds a
            number whose exponent is beyond `Decimal`'s range.
    """
    decode = _fast_decode if _fast_decode_known else _load_fast_decoder()
    try:
        if decode is not None:
            try:
                return decode(content)
            except ValueError:  # msgspec.DecodeError, UnicodeDecodeError: see above
                pass
        return json.loads(content, parse_float=Decimal, parse_constant=Decimal)
    except ArithmeticError as exc:
        # decimal.InvalidOperation from `Decimal`: a literal such as 1e1000000000000000000
        # whose exponent no Decimal can hold. Bad JSON for us, so the same error type.
        raise ValueError("a number in the JSON document is beyond Decimal's range") from exc


def loads_object(content: bytes | str, model: type[Any]) -> dict[str, Any]:
    """`loads` a document that must hold one JSON object, to be read as `model`.

    Raises:
        ValueError: `content` is not JSON, or its top level is not an object.
    """
    data = loads(content)
    if data.__class__ is not dict:
        raise ValueError(
            f"{model.__name__}.from_json expects a JSON object, got {type(data).__name__}"
        )
    result: dict[str, Any] = data
    return result


def dumps(obj: object) -> bytes:
    """Serialize `obj` to compact UTF-8 JSON for a request body.

    Beyond the JSON types this writes `Decimal` as its exact number literal (never via
    float), `datetime`/`date` as ISO 8601 strings, enums as their value, UUIDs as strings
    and objects with a `to_dict()` method (the generated models) through that method.

    Raises:
        ValueError: A non-finite number (NaN, Infinity); JSON has no literal for it.
        TypeError: A value of a type JSON cannot represent, including `UNSET`.
    """
    parts: list[str] = []
    _encode(obj, parts.append)
    return "".join(parts).encode("utf-8")


def _encode(obj: object, write: Callable[[str], None]) -> None:  # noqa: C901 - one dispatch
    # Order matters: bool before int (bool is an int), enums before str/int (StrEnum is
    # a str, IntEnum an int) and datetime before date (datetime is a date).
    if obj is None:
        write("null")
    elif obj is True:
        write("true")
    elif obj is False:
        write("false")
    elif isinstance(obj, enum.Enum):
        _encode(obj.value, write)
    elif isinstance(obj, str):
        write(_encode_str(obj))
    elif isinstance(obj, int):
        write(int.__repr__(obj))
    elif isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"cannot write non-finite number {obj} as JSON")
        write(str(obj))
    elif isinstance(obj, float):
        # Accepted for convenience (a user typing 1.5); repr() is the shortest text that
        # reads back as the same float, so nothing is rounded on the way out.
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"cannot write non-finite number {obj!r} as JSON")
        write(float.__repr__(obj))
    elif isinstance(obj, Mapping):
        write("{")
        first = True
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str, not {type(key).__name__}")
            if not first:
                write(",")
            first = False
            write(_encode_str(key))
            write(":")
            _encode(value, write)
        write("}")
    elif isinstance(obj, list | tuple):
        write("[")
        for index, item in enumerate(obj):
            if index:
                write(",")
            _encode(item, write)
        write("]")
    elif isinstance(obj, datetime):
        write(_encode_str(format_datetime(obj)))
    elif isinstance(obj, date):
        write(_encode_str(obj.isoformat()))
    elif isinstance(obj, uuid.UUID):
        write(_encode_str(str(obj)))
    elif callable(to_dict := getattr(obj, "to_dict", None)):
        _encode(to_dict(), write)
    else:
        raise TypeError(f"cannot write {type(obj).__name__} as JSON: {obj!r}")
