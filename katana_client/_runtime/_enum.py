"""Enums that accept values they do not know.

Katana adds enum values without notice (a new order status, a new webhook event). With
plain `StrEnum` the first such value raises `ValueError` inside `from_dict` and fails
the user's whole call. `OpenStrEnum` instead returns a pseudo-member that carries the
unknown string, compares equal to it and is written back unchanged.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Final, Self

__all__ = ["OpenIntEnum", "OpenStrEnum"]

# Pseudo-members are cached so that `Status("X") is Status("X")` and later reads of the
# same value are a dict hit. The cap bounds memory if a field is fed arbitrary text.
_MAX_CACHED_UNKNOWN: Final = 256


def _pseudo_member(cls: type[enum.Enum], new: Callable[..., Any], value: Any, name: str) -> Any:
    # A member that is not listed, cached so that later reads of `value` find it.
    member = new(cls, value)
    member._name_ = name
    member._value_ = value
    if len(cls._value2member_map_) < len(cls._member_names_) + _MAX_CACHED_UNKNOWN:
        return cls._value2member_map_.setdefault(value, member)
    return member


class OpenStrEnum(enum.StrEnum):
    """A `StrEnum` whose unknown values become pseudo-members instead of errors.

    `Status("NEW_THING")` returns a `Status` whose `value` and `name` are "NEW_THING".
    It is not listed by iteration or `Status.__members__`, so code that enumerates the
    known values is unaffected.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None  # Enum raises ValueError, as for any invalid value.
        member: Self = _pseudo_member(cls, str.__new__, value, value)
        return member

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(enum.IntEnum):
    """An `IntEnum` whose unknown integer values become pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member: Self = _pseudo_member(cls, int.__new__, value, str(value))
        return member
