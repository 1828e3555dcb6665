"""Conversions between Katana's JSON values and model attributes, and query encoding.

Katana's responses do not always match its own documentation: decimal strings where
numbers were promised, numbers where strings were, "true" for true. Each `to_*` reader
converts a JSON value to its field's type when that loses nothing ("12" and 12.0 read
as the int 12, "0.0300000000" as that exact `Decimal`), and raises `ValueError` when
the value cannot be read as that type ("abc" for an int, "14" for a timestamp). The
model reader (`_readers`) calls them only for a value whose class is not already the
field's type, and keeps a value they refuse beside the unknown keys (see `Model`).
"""

from __future__ import annotations

import enum
import operator
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final, TypeVar
from urllib.parse import quote, unquote
from uuid import UUID

from katana_client._errors import KatanaParameterError, _cut

from ._types import UNSET

E = TypeVar("E", bound=enum.Enum)

# Building a `Decimal` costs several times a dict lookup, and Katana's money and
# quantity values repeat: "0.0000000000", "1.0000000000", the price every variant of a
# product shares, small integer quantities. Decimals are immutable, so one object can
# serve every read of the same text. The text cache is cleared when full, so that it
# follows what a long-running process currently reads and stays bounded in memory.
_SMALL_INT_DECIMALS: Final = tuple(Decimal(number) for number in range(256))
_DECIMAL_CACHE_SIZE: Final = 2048
_CACHED_TEXT: Final = 40
_CACHED_INT: Final = 2**63


def _unreadable(value: Any, what: str) -> ValueError:
    # The value's type only: the value itself may be anything a server sent.
    return ValueError(f"a {type(value).__name__} cannot be read as {what}")


class _DecimalCache(dict[str | int, Decimal]):
    """Decimals by their text, and by their int (5 and "5" are two keys, one value).

    Looking a key up reads it on a miss (`__missing__`), so a hit costs no Python call:
    the model reader uses `_decimals_by_text.__getitem__` as its converter.
    """

    def __missing__(self, value: str | int) -> Decimal:
        if isinstance(value, int):
            number = _SMALL_INT_DECIMALS[value] if 0 <= value < 256 else Decimal(value)
            # Only 64-bit whole numbers and short texts are kept: a body of long numbers
            # would otherwise pin up to 2048 of them, each as long as a body.
            keep = -_CACHED_INT < value < _CACHED_INT
        else:
            try:
                number = Decimal(value)
            except ArithmeticError:  # decimal.InvalidOperation
                raise _unreadable(value, "a decimal number") from None
            # "NaN" and "Infinity" parse, but are no amount and cannot be JSON.
            if not _amount(number):
                raise _unreadable(value, "a finite decimal number")
            keep = len(value) <= _CACHED_TEXT
        if keep:
            if len(self) >= _DECIMAL_CACHE_SIZE:
                self.clear()
            self[value] = number
        return number


_decimals_by_text: Final = _DecimalCache()


def to_decimal(value: Any) -> Decimal:
    """Read a money or quantity value as `Decimal`, never through `float`.

    int -> `Decimal(int)`; str -> `Decimal(str)` (the text's exact digits); float ->
    `Decimal(repr(float))` (the shortest text of that float, not its binary expansion).

    Raises:
        ValueError: Not a finite number (text that is not one, NaN, a bool, a list...).
    """
    cls = value.__class__
    if cls is str or cls is int:
        return _decimals_by_text[value]
    if cls is Decimal or cls is float:
        number = value if cls is Decimal else Decimal(repr(value))
        if _amount(number):
            result: Decimal = number
            return result
    raise _unreadable(value, "a finite decimal number")


#: The largest exponent (`Decimal.adjusted()`) of an amount, either way: that of
#: Python's default decimal context, beyond which arithmetic on it (`x + 1`) raises.
DECIMAL_EXPONENT: Final = 999_999


def _amount(number: Decimal) -> bool:
    """Whether `number` is finite and within `DECIMAL_EXPONENT` (NaN and Infinity, which
    `loads` reads from bare JSON constants, and 1E+9999999 are not)."""
    return number.is_finite() and -DECIMAL_EXPONENT <= number.adjusted() <= DECIMAL_EXPONENT


def to_int(value: Any) -> int:
    """Read an integer; "5", 5.0 and Decimal("5.000") become 5.

    Raises:
        ValueError: A number with a fraction, text that is no integer, a bool, a whole
            number of 10**19 or more (beyond any id or count), or any other type.
    """
    cls = value.__class__
    if cls is int:
        result: int = value
        return result
    if cls is str:
        try:
            return int(value)
        except ValueError:
            return _integral(to_decimal(value))
    if cls is Decimal or cls is float:
        return _integral(to_decimal(value))
    raise _unreadable(value, "an integer")


# The largest magnitude `to_int` turns into an `int`: ids and counts are 64-bit.
# `int(Decimal("1e10000000"))` would take minutes and 4 MB.
_MAX_INT_EXPONENT: Final = 18


def _integral(number: Decimal) -> int:
    if number.adjusted() <= _MAX_INT_EXPONENT and number == number.to_integral_value():
        return int(number)
    raise ValueError("a number with a fraction or of 10**19 or more is not an integer here")


def to_str(value: Any) -> str:
    """Read text; a number becomes its text (`Decimal("1.50")` -> "1.50").

    Raises:
        ValueError: A bool, an object or a list (their text is not what Katana meant).
    """
    cls = value.__class__
    if cls is str or cls is int or cls is Decimal:
        return str(value)
    if cls is float:
        return repr(value)
    raise _unreadable(value, "text")


def to_bool(value: Any) -> bool:
    """Read a boolean; also the strings "true" and "false" in any case.

    Raises:
        ValueError: Any other value (1 and 0 included).
    """
    if value is True or value is False:
        return bool(value)
    text = value.lower() if value.__class__ is str else None
    if text in ("true", "false"):
        return text == "true"
    raise _unreadable(value, "a boolean")


def to_datetime(value: Any) -> datetime:
    """Read an ISO 8601 timestamp.

    An RFC 3339 timestamp is read by msgspec's parser, the one the typed decoder reads
    bodies with (`_typed`), so that both readings agree ("t" and "z" in lower case, a
    fraction of more than six digits rounded); other ISO 8601 text by
    `datetime.fromisoformat` ("2024-01-15", "2024-01-15T10:00Z").

    Raises:
        ValueError: Text that is no ISO timestamp ("14"), or a value that is not text.
    """
    if isinstance(value, datetime):
        return value
    if value.__class__ is str:
        convert = _rfc3339 or _load_rfc3339()
        try:
            result: datetime = convert(value, datetime)
        except ValueError:  # msgspec.ValidationError
            return datetime.fromisoformat(value)
        return result
    raise _unreadable(value, "a timestamp")


_rfc3339: Any = None


def _load_rfc3339() -> Any:
    global _rfc3339  # msgspec is imported on first use: it costs import time
    import msgspec  # noqa: PLC0415 - see above

    _rfc3339 = msgspec.convert
    return _rfc3339


def to_date(value: Any) -> date:
    """Read a calendar date, "YYYY-MM-DD" only, so that it is written back the same.

    Raises:
        ValueError: Any other text (a timestamp included) or a value that is not text.
    """
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if value.__class__ is str and len(value) == 10:
        return date.fromisoformat(value)
    raise _unreadable(value, "a date")


def to_enum(cls: type[E], value: Any) -> E:
    """Read an enum member; an unknown string becomes a pseudo-member (see `OpenStrEnum`).

    Raises:
        ValueError: A value of the wrong type (a number where a string enum was
            expected, a bool, a list).
    """
    if value.__class__ is str:
        member = cls._value2member_map_.get(value)
        if member is not None:
            found: E = member  # type: ignore[assignment]
            return found
    if isinstance(value, cls):
        return value
    if value.__class__ is bool or value is None:
        raise _unreadable(value, cls.__name__)
    try:
        return cls(value)
    except (ValueError, TypeError):
        raise _unreadable(value, cls.__name__) from None


def format_datetime(value: datetime) -> str:
    """Write a timestamp as Katana does: "2020-10-23T10:37:05.085Z".

    Milliseconds are always written (microseconds when there are any), and UTC is
    written as "Z", so a timestamp read from Katana is written back as the same text.
    """
    timespec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
    offset = value.utcoffset()
    if offset is not None and not offset:
        return value.replace(tzinfo=None).isoformat(timespec=timespec) + "Z"
    return value.isoformat(timespec=timespec)


def to_json_value(value: Any) -> Any:
    """Turn an attribute value back into its JSON form for `to_dict()`.

    Models via their `to_dict()`, enums to their value, timestamps and dates to ISO
    strings, lists item by item. `Decimal` stays `Decimal` (`dumps` writes it exactly);
    anything else (plain JSON values) is returned as is.
    """
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_json_value(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict) and not isinstance(value, Mapping):
        return to_dict()
    return value


def query_params(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Encode query parameters the way Katana reads them.

    UNSET and None are left out; a list (any iterable but text and a mapping) becomes
    repeated keys (`ids=1&ids=2`), a set sorted; booleans are written `true`/`false`
    (Python's `True` is not understood); `Decimal` in plain notation; timestamps as
    `format_datetime` writes them; enums as their value.

    Raises:
        _ParamTextError: A value has no text Katana reads as the caller meant (see
            `param_text`), or a list is empty or holds None or a list: Katana ignores
            an empty filter, so `ids=[]` would list every record.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is None or value is UNSET:
            continue
        try:
            if _is_list(value):
                pairs.extend((key, text) for text in _list_texts(value))
            else:
                pairs.append((key, param_text(value)))
        except _ParamTextError as exc:
            exc.parameter = key
            raise
    return pairs


def _is_list(value: Any) -> bool:
    return not isinstance(value, str | bytes | bytearray | memoryview | Mapping) and isinstance(
        value, Iterable
    )


def _list_texts(value: Iterable[Any]) -> list[str]:
    items = list(value)
    if not items:
        raise _ParamTextError(
            "an empty list: Katana ignores an empty filter and would list every record; "
            "leave the call out when there is nothing to ask for"
        )
    if any(item is None or item is UNSET or _is_list(item) for item in items):
        raise _ParamTextError("a list holding None or a list; pass plain values")
    if isinstance(value, set | frozenset):
        try:
            items = sorted(items)
        except TypeError:  # values of several types: by their text
            return sorted(param_text(item) for item in items)
    return [param_text(item) for item in items]


class _ParamTextError(ValueError):
    """A parameter value that has no text to send (`parameter` names it, if known)."""

    parameter = ""


_INF: Final = float("inf")
# A Decimal in plain notation is written digit by digit: Decimal("1E+200000000") is 12
# characters as given and 200 million once written. No quantity needs 100 places.
_MAX_PLACES: Final = 100


# A refused value is shown in the error, cut to this many characters: it is an id, not
# a secret, but it may be anything a caller passed, a whole document included.
_MAX_SHOWN_VALUE: Final = 40
# Katana's ids are 64-bit; a larger int is no id (and over 4300 digits cannot be written).
_MAX_ID: Final = 2**63
# Separators (a proxy may read "\\" as "/") and the C0 controls and DEL.
_NOT_IN_SEGMENT: Final = re.compile(r"[/\\\x00-\x1f\x7f]")


def path_param(operation: str, name: str, value: object, kind: str) -> str:
    """Check one path parameter against its spec type and encode it as one path segment.

    The generated `_get_kwargs` of every operation with a path calls this for each of
    its path values, so the rule lives here once. `kind` is the spec type the template
    derived. "int" takes an `int` (not a `bool`, `str` or `float`) from 1 to 2**63 - 1:
    path integers are 64-bit record ids. "str" takes a `str` id that is not "", "." or
    "..", which a URL resolves to another path, and holds no "/", "\\" or control
    character, also once percent-decoded (a proxy that decodes the path before routing
    would otherwise see a separator). The rest is percent-encoded with no safe
    characters, so "?", "#", "%" and spaces stay inside the segment.

    Raises:
        KatanaParameterError: The value is of the wrong type or could name another path.
    """
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            if 1 <= value < _MAX_ID:
                return str(int(value))
            expected = "a positive integer below 2**63 (a record id)"
        else:
            expected = "an int (a record id)"
    else:
        # A kind other than "str" has no path parameter in Katana's spec today: it is
        # written as a query value would be, then checked the same way.
        text = param_text(value) if kind != "str" else value if isinstance(value, str) else None
        if text is not None and _one_segment(text) and _one_segment(unquote(text)):
            return quote(text, safe="")
        expected = (
            'a str id other than "", "." and "..", without "/", "\\" or control '
            "characters (also once percent-decoded)"
            if text is not None
            else "a str (a record id)"
        )
    try:
        shown = repr(value)
    except ValueError:  # an int of over 4300 digits, which Python will not write out
        shown = "<a very long number>"
    raise KatanaParameterError(
        f"{operation}: path parameter {name!r} must be {expected}, got "
        f"{type(value).__name__} {_cut(shown, _MAX_SHOWN_VALUE)}; nothing was sent",
        operation=operation,
        parameter=name,
    )


def _one_segment(text: str) -> bool:
    """Whether `text` can only be read as one path segment naming itself."""
    return text not in ("", ".", "..") and _NOT_IN_SEGMENT.search(text) is None


def param_text(value: Any) -> str:
    """Write one path, query or header parameter value as text (see `query_params`).

    Raises:
        _ParamTextError: The value has no text Katana reads as meant: bytes, a number
            that is not finite, a timestamp with no time zone, a list, or an object of
            no JSON-like type (its repr would be sent).
    """
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value if value.isascii() else _unicode_text(value)
    if isinstance(value, enum.Enum):
        return param_text(value.value)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, Decimal | float):
        return _number_text(value)
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise _ParamTextError(
                "a datetime with no time zone, which Katana would read in a zone of its "
                "own choosing; pass an aware one (datetime.now(timezone.utc), or "
                "value.replace(tzinfo=timezone.utc) for a UTC time)"
            )
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    return _other_text(value)


def _unicode_text(value: str) -> str:
    try:
        value.encode()
    except UnicodeEncodeError:
        raise _ParamTextError(
            "text holding half of a UTF-16 pair (a lone surrogate), which no URL can carry"
        ) from None
    return value


def _number_text(value: Decimal | float) -> str:
    if isinstance(value, float):
        if value != value or value in (_INF, -_INF):
            raise _ParamTextError(f"float {value}, which is not a number Katana reads")
        return repr(value)
    if not value.is_finite():
        raise _ParamTextError(f"Decimal {value}, which is not a number Katana reads")
    if not -_MAX_PLACES <= value.adjusted() <= _MAX_PLACES:
        raise _ParamTextError(
            f"a Decimal of magnitude 1E{value.adjusted():+d}, which plain notation "
            f"would write with more than {_MAX_PLACES} digits"
        )
    return format(value, "f")


def _other_text(value: Any) -> str:
    if isinstance(value, Mapping):
        from ._json import dumps  # noqa: PLC0415 - _json imports this module

        return dumps(value).decode("utf-8")
    if isinstance(value, UUID):
        return str(value)
    if hasattr(type(value), "__index__"):  # an integer of another library (numpy's)
        return str(operator.index(value))
    if isinstance(value, bytes | bytearray | memoryview):
        raise _ParamTextError("bytes; decode them to str first")
    raise _ParamTextError(
        f"a {type(value).__name__}, which has no text Katana reads (its repr would be "
        "sent); pass a str, int, Decimal, bool, enum, date or datetime"
    )
