"""Per-call settings: `with client.options(retry=..., timeout=...):` around some calls.

Generated endpoint functions take only the operation's own parameters, so per-call
settings travel in a context variable: they apply to the requests made inside the
`with` block, in that task (and tasks it starts), and nowhere else. Each block is tied
to one client, so a second client used inside it keeps its own settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

import httpx
from attrs import evolve, frozen

from ._retry import NO_RETRY, RetryPolicy

__all__ = ["CallOptions", "call_options", "current_options"]


class _Unset:
    def __repr__(self) -> str:
        return "<inherit>"


INHERIT: Final = _Unset()


@frozen
class CallOptions:
    """Settings that replace the client's own for the calls in a `with` block.

    Attributes:
        retry: A `RetryPolicy`, a number of attempts, or `INHERIT`.
        timeout: An `httpx.Timeout`, or `INHERIT`.
    """

    retry: RetryPolicy | _AttemptsOnly | _Unset = INHERIT
    timeout: httpx.Timeout | _Unset = INHERIT

    def resolve_retry(self, base: RetryPolicy | None) -> RetryPolicy | None:
        """The policy for a call: these options' own, or the client's `base`."""
        if isinstance(self.retry, _Unset):
            return base
        if isinstance(self.retry, _AttemptsOnly):
            return evolve(base or NO_RETRY, attempts=self.retry.attempts)
        return self.retry


@frozen
class _AttemptsOnly:
    attempts: int


_CURRENT: ContextVar[tuple[tuple[object, CallOptions], ...]] = ContextVar(
    "katana_client_call_options", default=()
)


@contextmanager
def call_options(
    scope: object,
    *,
    retry: RetryPolicy | int | bool | _Unset | None = INHERIT,
    timeout: httpx.Timeout | float | _Unset | None = INHERIT,
) -> Iterator[None]:
    """Apply `retry` and `timeout` to the requests of `scope` made inside the block.

    `retry` may be a `RetryPolicy`, an int (attempts in all, with the client's other
    settings), `False`/`None` (one attempt), or `True` (the client's policy). `timeout`
    is seconds or an `httpx.Timeout`. Blocks nest; the innermost setting wins.
    """
    options = CallOptions(retry=_retry(retry), timeout=_timeout(timeout))
    token = _CURRENT.set((*_CURRENT.get(), (scope, options)))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current_options(scope: object) -> CallOptions:
    """The merged options of the blocks around the current call for `scope`."""
    retry: RetryPolicy | _AttemptsOnly | _Unset = INHERIT
    timeout: httpx.Timeout | _Unset = INHERIT
    for owner, options in _CURRENT.get():
        if owner is not scope:
            continue
        if not isinstance(options.retry, _Unset):
            retry = options.retry
        if not isinstance(options.timeout, _Unset):
            timeout = options.timeout
    return CallOptions(retry=retry, timeout=timeout)


def _retry(
    value: RetryPolicy | int | bool | _Unset | None,
) -> RetryPolicy | _AttemptsOnly | _Unset:
    if value is True:
        return INHERIT
    if value is False or value is None:
        return NO_RETRY
    if isinstance(value, int):
        # The attempts alone: the rest of the client's policy stays.
        return _AttemptsOnly(value)
    return value


def _timeout(value: httpx.Timeout | float | _Unset | None) -> httpx.Timeout | _Unset:
    if isinstance(value, _Unset):
        return value
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
