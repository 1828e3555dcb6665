"""JSON in and out without ever passing money or quantities through `float`.

Katana sends quantities as integers, floats and strings ("45.0000000000") for the same
field. Reading every JSON number with a fraction as `Decimal` and writing `Decimal` back
as the exact number literal keeps values such as 0.1 + 0.2 and 45.0000000000 intact.
"""

from __future__ import annotations

import enum
import json
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from itertools import accumulate
from json.encoder import encode_basestring
from typing import Any, Final

from katana_client._errors import KatanaJSONDepthError

from ._convert import format_datetime

__all__ = ["MAX_JSON_DEPTH", "dumps", "loads", "loads_object"]

MAX_JSON_DEPTH: Final = 128
"""The deepest nesting of arrays and objects `loads` reads and `dumps` writes: 128 levels.

Katana's bodies nest fewer than 10 levels. The cap keeps every reader and writer of a
document clear of Python's recursion limit (1000 frames, shared with the caller's own
stack): the SDK's parsers and model readers, `to_dict()`, and a caller's `repr`, `==`
or `copy.deepcopy` of what was read, which take one to four frames a level. A deeper
document raises `KatanaJSONDepthError` instead of a bare `RecursionError`.
`loads(content, max_depth=...)` reads with another cap.
"""

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


def _load_fast_decoder() -> _Decode:
    global _fast_decode  # a one-time lazy import
    import msgspec.json  # noqa: PLC0415 - see above

    _fast_decode = msgspec.json.Decoder(float_hook=Decimal).decode
    return _fast_decode


def loads(content: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON, reading numbers with a fraction or exponent as `Decimal`.

    Integers stay `int`, however large. The non-standard constants NaN and Infinity
    also become `Decimal`, so no `float` ever appears in the result.

    Raises:
        KatanaJSONDepthError: Arrays and objects nest deeper than `max_depth` levels
            (default `MAX_JSON_DEPTH`, 128). Also a `ValueError`.
        ValueError: `content` is not valid JSON (`json.JSONDecodeError`), or holds a
            number whose exponent is beyond `Decimal`'s range.
    """
    decode = _fast_decode or _load_fast_decoder()
    try:
        try:
            data = decode(content)
        except ValueError:  # msgspec.DecodeError, UnicodeDecodeError: see above
            data = json.loads(content, parse_float=Decimal, parse_constant=Decimal)
    except ArithmeticError as exc:
        # decimal.InvalidOperation from `Decimal`: a literal such as 1e1000000000000000000
        # whose exponent no Decimal can hold. Bad JSON for us, so the same error type.
        raise ValueError("a number in the JSON document is beyond Decimal's range") from exc
    except RecursionError:
        # Both parsers recurse once per level, to Python's recursion limit.
        raise _too_deep(max_depth) from None
    # A document shorter than this cannot nest deeper than the cap: `[` and `]` per level.
    if len(content) > 2 * max_depth and _nested_deeper_than(content, max_depth):
        raise _too_deep(max_depth)
    return data


def _too_deep(max_depth: int) -> KatanaJSONDepthError:
    return KatanaJSONDepthError(
        f"the JSON document nests arrays and objects deeper than {max_depth} levels "
        "(Katana's nest fewer than 10)",
        max_depth=max_depth,
    )


# The nesting check runs on every document longer than twice the cap, so it is C-speed
# byte operations and no Python loop per character: `translate` keeps the brackets and
# the quotes, string delimiters are paired off, and the brackets left are counted a
# chunk at a time. A bracket inside a string, or nesting near the cap, costs a regex or
# a per-bracket pass (both linear). On a 486 KiB page of 250 products the check takes
# about a sixth of `json.loads`'s time.
_SQUARE: Final = bytes.maketrans(b"{}", b"[]")
_NOT_SKELETON: Final = bytes(set(range(256)) - set(b'[]{}"'))
_STRING: Final = re.compile(rb'"[^"]*"')
_STEP: Final = {ord("["): 1, ord("]"): -1}


def _nested_deeper_than(content: bytes | str, limit: int) -> bool:
    """Whether the valid JSON document `content` nests deeper than `limit` levels."""
    if isinstance(content, str):
        data = content.encode("utf-8", "surrogatepass")
    elif b"\x00" in content:  # UTF-16 or UTF-32, which only the stdlib parser read
        data = content.decode(json.detect_encoding(content), "surrogatepass").encode(
            "utf-8", "surrogatepass"
        )
    else:
        data = content
    if b"\\" in data:
        # Escapes are inside strings; dropping escaped backslashes first, then escaped
        # quotes, leaves every remaining quote a string delimiter.
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    # "{" and "}" become "[" and "]": the depth counts both kinds alike.
    skeleton = data.translate(_SQUARE, _NOT_SKELETON)
    # Strings without a bracket are "" now; removing adjacent pairs keeps every other
    # quote's place among the delimiters, so what is left is paired off exactly. (Four
    # at a time first: fewer matches, measurably faster on a page of records.)
    skeleton = skeleton.replace(b'""""', b"").replace(b'""', b"")
    if b'"' in skeleton:
        skeleton = _STRING.sub(b"", skeleton)
    # After `step` brackets the depth has grown by at most the "[" among them: a cheap
    # bound that settles, in one `count` per chunk, every document whose depth plus the
    # opening brackets of a chunk stays within the cap (Katana's pages nest 7 levels);
    # the others take the exact pass.
    step = max(1, limit - limit // 16)
    size = len(skeleton)
    depth = 0
    for start in range(0, size, step):
        opened = skeleton.count(b"[", start, start + step)
        if depth + opened > limit:
            # The deepest nesting of the skeleton, in a linear pass at C speed.
            return max(accumulate(map(_STEP.__getitem__, skeleton)), default=0) > limit
        depth += 2 * opened - min(step, size - start)
    return False


def loads_object(content: bytes | str, model: type[Any]) -> dict[str, Any]:
    """`loads` a document that must hold one JSON object, to be read as `model`.

    Raises:
        ValueError: `content` is not JSON, or its top level is not an object.
    """
    data: dict[str, Any] = loads(content)
    if data.__class__ is not dict:
        raise ValueError(
            f"{model.__name__}.from_json expects a JSON object, got {type(data).__name__}"
        )
    return data


def dumps(obj: object) -> bytes:
    """Serialize `obj` to compact UTF-8 JSON for a request body.

    Beyond the JSON types this writes `Decimal` as its exact number literal (never via
    float), `datetime`/`date` as ISO 8601 strings, enums as their value, UUIDs as strings
    and objects with a `to_dict()` method (the generated models) through that method.

    Raises:
        KatanaJSONDepthError: `obj` nests deeper than `MAX_JSON_DEPTH` (128) levels,
            or contains itself (a list holding itself, a model set as its own field).
        ValueError: A non-finite number (NaN, Infinity), which JSON has no literal
            for, or a datetime with no time zone, which Katana would read in one of
            its own choosing (an `_Unwritable`, also a `TypeError`, with `.path`).
        TypeError: A value of a type JSON cannot represent, including `UNSET`, or an
            object key that is not a str (an `_Unwritable` with `.path`).
    """
    parts: list[str] = []
    try:
        _encode(obj, parts.append, MAX_JSON_DEPTH)
    except RecursionError:
        # A model's `to_dict()` recursing through a structure that contains itself, or
        # a caller whose own stack is already deep: the same mistake as a deep body.
        raise _body_too_deep() from None
    text = "".join(parts)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # Text holding half of a UTF-16 pair (json.loads reads one from "\\ud83d"): no
        # UTF-8 has it, so it is written as the JSON escape it came from.
        return _SURROGATE.sub(lambda found: f"\\u{ord(found[0]):04x}", text).encode("utf-8")


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class _Unwritable(TypeError, ValueError):
    """A value `dumps` cannot write; `path` is where it is (`["rows", 0, "price"]`)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str | int] = []

    def where(self) -> str:
        """The value's place in the document, as `rows[0].price` ("" at the top)."""
        text = ""
        for step in self.path:
            text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
        return text


def _body_too_deep() -> KatanaJSONDepthError:
    return KatanaJSONDepthError(
        f"the request body nests arrays and objects deeper than {MAX_JSON_DEPTH} levels, "
        "or contains itself; nothing was sent. Katana's bodies nest fewer than 10 levels: "
        "check for a list or model that holds itself",
        max_depth=MAX_JSON_DEPTH,
    )


def _encode(obj: object, write: Callable[[str], None], left: int) -> None:  # noqa: C901
    # One dispatch. `left` is how many more levels of arrays and objects may open.
    # Order matters: bool before int (bool is an int), enums before str/int (StrEnum is
    # a str, IntEnum an int) and datetime before date (datetime is a date).
    if obj is None:
        write("null")
    elif obj is True:
        write("true")
    elif obj is False:
        write("false")
    elif isinstance(obj, enum.Enum):
        _encode(obj.value, write, left)
    elif isinstance(obj, str):
        write(_encode_str(obj))
    elif isinstance(obj, int):
        try:
            write(int.__repr__(obj))
        except ValueError:  # over `sys.get_int_max_str_digits()` digits
            raise _Unwritable("an int too long for Python to write out") from None
    elif isinstance(obj, Decimal):
        if not obj.is_finite():
            raise _Unwritable(f"the non-finite number {obj}, which JSON has no literal for")
        write(str(obj))
    elif isinstance(obj, float):
        # Accepted for convenience (a user typing 1.5); repr() is the shortest text that
        # reads back as the same float, so nothing is rounded on the way out.
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise _Unwritable(f"the non-finite number {obj!r}, which JSON has no literal for")
        write(float.__repr__(obj))
    elif isinstance(obj, Mapping):
        if not left:
            raise _body_too_deep()
        write("{")
        for index, (key, value) in enumerate(obj.items()):
            if not isinstance(key, str):
                raise _Unwritable(f"an object key of type {type(key).__name__}, not str")
            if index:
                write(",")
            write(_encode_str(key))
            write(":")
            try:
                _encode(value, write, left - 1)
            except _Unwritable as exc:
                exc.path.insert(0, key)
                raise
        write("}")
    elif isinstance(obj, list | tuple):
        if not left:
            raise _body_too_deep()
        write("[")
        for index, item in enumerate(obj):
            if index:
                write(",")
            try:
                _encode(item, write, left - 1)
            except _Unwritable as exc:
                exc.path.insert(0, index)
                raise
        write("]")
    elif isinstance(obj, datetime):
        if obj.utcoffset() is None:
            raise _Unwritable(
                "a datetime with no time zone, which Katana would read in a zone of its "
                "own choosing; pass an aware one (datetime.now(timezone.utc))"
            )
        write(_encode_str(format_datetime(obj)))
    elif isinstance(obj, date):
        write(_encode_str(obj.isoformat()))
    elif isinstance(obj, uuid.UUID):
        write(_encode_str(str(obj)))
    elif callable(to_dict := getattr(obj, "to_dict", None)):
        _encode(to_dict(), write, left)
    else:
        raise _Unwritable(f"a {type(obj).__name__}, which JSON cannot hold")
