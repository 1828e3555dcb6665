"""`Secret`: a credential that never shows itself when printed, logged or formatted."""

from __future__ import annotations

import hmac
from typing import Final, NoReturn

_MASK: Final = "**********"


class Secret:
    """A string that does not show itself in `repr`, `str`, f-strings or tracebacks.

    Use `reveal()` at the single place that needs the value (the Authorization header,
    a token request body). Secrets compare in constant time, so that "did the token
    change?" checks do not leak the value through timing.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        """Wrap `value`; it is only reachable through `reveal()`."""
        self._value = value

    def reveal(self) -> str:
        """Return the wrapped value."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    def __str__(self) -> str:
        return _MASK

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> NoReturn:
        # Pickling would write the value to wherever the pickle goes (a cache, a task
        # queue); stores that must persist a token do so explicitly through reveal().
        raise TypeError("Secret cannot be pickled")
