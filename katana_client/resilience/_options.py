"""Per-call settings: retries, timeouts, extra headers and query parameters.

Also the defaults of `KatanaClient`'s own settings that its signature shows (`DEFAULT`,
`DEFAULT_LIMITS`), here so that `KatanaClient()` need not import the transport.

Three ways set them, all through this module:
- `with client.options(...)`: the requests made inside the block, in that task (and the
  tasks it starts), and nowhere else;
- `client.with_options(...)`: a copy of the client whose requests all carry them;
- `extra_headers=`, `extra_query=`, `timeout=` on one resource method call.

They travel in a context variable because generated endpoint functions take only the
operation's own parameters. Each setting is tied to one client (its `scope`), so a
second client used inside a block keeps its own. A call's settings are merged in this
order, later winning: the client's, a `with_options` copy's (`base` blocks), the `with`
blocks from outer to inner, then the call's own arguments (the innermost block).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from typing import Any, Final, NamedTuple, TypedDict, Unpack

import httpx
from attrs import evolve, field, frozen

from katana_client._errors import KatanaConfigError

from ._retry import NO_RETRY, RetryPolicy

__all__ = ["CallOptions", "ClientOptions", "RequestOptions", "call_options", "current_options"]


class _Default(enum.Enum):
    DEFAULT = "default"


DEFAULT: Final = _Default.DEFAULT
"""The default of `KatanaClient(retry=, rate_limit=)`: on, except for a mock transport."""

# Katana allows 60 requests a minute, so a few connections carry all of it. Idle ones
# are kept 30 s: less than the 60 s after which common load balancers drop them, so a
# create is not sent on a connection the far end has just closed.
DEFAULT_LIMITS: Final = httpx.Limits(
    max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0
)


class _Unset:
    def __repr__(self) -> str:
        return "<inherit>"


INHERIT: Final = _Unset()

# Auth owns these: a per-call value would replace the token the provider gives (and
# skip its renewal after a 401), so they are refused rather than silently overridden.
_RESERVED_HEADERS: Final = frozenset({"authorization"})


# A header name is an HTTP token; a value printable ASCII, spaces and tabs (no CR/LF:
# a line break would end the header; not Latin-1: servers read it differently).
_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE: Final = re.compile(r"[\t\x20-\x7e]*")


def _check_header(name: object, value: object) -> None:
    """Refuse an `extra_headers` entry that is not a header as written on the wire.
    The value is never quoted: it may be a secret."""
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        shown = repr(name)[:60] if isinstance(name, str | bytes) else type(name).__name__
        raise KatanaConfigError(
            f"extra_headers: {shown} is not a header name; a name is text of letters, "
            "digits and !#$%&'*+-.^_`|~"
        )
    if not isinstance(value, str):
        raise KatanaConfigError(
            f"extra_headers: the value of {name!r} is a {type(value).__name__}; pass str"
        )
    if not _HEADER_VALUE.fullmatch(value):
        raise KatanaConfigError(
            f"extra_headers: the value of {name!r} holds a line break, a control or a "
            "non-ASCII character; pass printable ASCII (encode other text, e.g. as "
            "percent-encoding)"
        )


class RequestOptions(TypedDict, total=False):
    """The per-call keyword arguments of every resource method.

    Attributes:
        extra_headers: Headers added to this call's requests (over the client's own).
        extra_query: Query parameters added to this call's requests.
        timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    timeout: httpx.Timeout | float | None


class ClientOptions(RequestOptions, total=False):
    """The keyword arguments of `client.options(...)` and `client.with_options(...)`.

    A setting left out keeps the client's. Besides those of `RequestOptions`:

    Attributes:
        retry: A `RetryPolicy`, a number of attempts in all (with the client's other
            retry settings), `False` or `None` for one attempt, `True` for the client's.
    """

    retry: RetryPolicy | int | bool | None


@frozen
class CallOptions:
    """Settings that replace the client's own for some calls.

    Attributes:
        retry: A `RetryPolicy`, a number of attempts, or `INHERIT`.
        timeout: An `httpx.Timeout`, or `INHERIT`.
        headers: Headers added to the requests.
        query: Query parameters added to the requests.
    """

    retry: RetryPolicy | _AttemptsOnly | _Unset = INHERIT
    timeout: httpx.Timeout | _Unset = INHERIT
    headers: Mapping[str, str] = field(factory=dict)
    query: Mapping[str, Any] = field(factory=dict)

    def resolve_retry(self, base: RetryPolicy | None) -> RetryPolicy | None:
        """The policy for a call: these options' own, or the client's `base`."""
        if isinstance(self.retry, _Unset):
            return base
        if isinstance(self.retry, _AttemptsOnly):
            return evolve(base or NO_RETRY, attempts=self.retry.attempts)
        return self.retry

    def over(self, outer: CallOptions) -> CallOptions:
        """These options laid over `outer`: each setting given here wins."""
        return CallOptions(
            retry=outer.retry if isinstance(self.retry, _Unset) else self.retry,
            timeout=outer.timeout if isinstance(self.timeout, _Unset) else self.timeout,
            headers={**outer.headers, **self.headers},
            query={**outer.query, **self.query},
        )


class _AttemptsOnly(NamedTuple):  # not attrs: defined at import in a sixth of the time
    attempts: int


NO_OPTIONS: Final = CallOptions()

# (scope, options, base) of each block around the current call, outermost first.
_CURRENT: ContextVar[tuple[tuple[object, CallOptions, bool], ...]] = ContextVar(
    "katana_client_call_options", default=()
)


_OPTION_NAMES: Final = ClientOptions.__optional_keys__


def make_options(settings: Mapping[str, Any]) -> CallOptions:
    """`CallOptions` from the settings users pass (a `ClientOptions` or a call's
    `RequestOptions`, typed where they are taken), checked.

    Raises:
        KatanaConfigError: `extra_headers` holds `Authorization`, which auth sets.
        TypeError: A setting that is none of these: a misspelled filter of a resource
            method ends here, and would otherwise be dropped (a list of every record
            instead of the few asked for).
    """
    unknown = settings.keys() - _OPTION_NAMES
    if unknown:
        raise TypeError(
            f"unexpected keyword argument(s) {', '.join(map(repr, sorted(unknown)))}: "
            f"the options are {', '.join(sorted(_OPTION_NAMES))}, besides the method's "
            "own parameters (a misspelled filter?)"
        )
    headers = dict(settings.get("extra_headers") or {})
    for name, value in headers.items():
        _check_header(name, value)
    if any(name.lower() in _RESERVED_HEADERS for name in headers):
        raise KatanaConfigError(
            "extra_headers cannot set Authorization: the client's token provider "
            "authorizes every request (pass token_provider= or api_key= instead)."
        )
    return CallOptions(
        retry=_retry(settings["retry"]) if "retry" in settings else INHERIT,
        timeout=_timeout(settings["timeout"]) if "timeout" in settings else INHERIT,
        headers=headers,
        query=dict(settings.get("extra_query") or {}),
    )


@contextmanager
def call_options(scope: object, **settings: Unpack[ClientOptions]) -> Iterator[None]:
    """Apply these settings (see `ClientOptions`) to `scope`'s requests inside the block.

    `scope` is the client (`KatanaClient.options` passes itself). Blocks nest; the
    innermost setting wins.
    """
    with applied(scope, make_options(settings)):
        yield


@contextmanager
def applied(scope: object, options: CallOptions, *, base: bool = False) -> Iterator[None]:
    """Apply `options` to the requests of `scope` inside the block.

    `base` options (a `with_options` copy's) come under every other block, whatever
    the nesting: a `with client.options(...)` around a copy's call still wins.
    """
    if options == NO_OPTIONS:
        yield
        return
    token = _CURRENT.set((*_CURRENT.get(), (scope, options, base)))
    try:
        yield
    finally:
        _CURRENT.reset(token)


class OptionsScope:
    """Base of the clients whose requests take call options: `KatanaClient` and its
    `with_options` copies. The request core and the resources read it through
    `scope_of` and `defaults_applied`; any other client (the generated
    `AuthenticatedClient`) is its own scope, with no settings of its own.
    """

    #: What `options(...)` blocks and a call's options are tied to: the client, or the
    #: client a `with_options` copy was made from.
    _options_scope: object
    #: A `with_options` copy's settings; NO_OPTIONS for the client itself.
    _options_defaults: CallOptions


def scope_of(client: object) -> object:
    """What the call options of `client`'s requests are tied to (see `OptionsScope`)."""
    return client._options_scope if isinstance(client, OptionsScope) else client


def defaults_applied(client: object) -> AbstractContextManager[None]:
    """The block the request core enters around each request it sends with `client`:
    a `with_options` copy's settings, under every other block."""
    if isinstance(client, OptionsScope) and client._options_defaults is not NO_OPTIONS:
        return applied(client._options_scope, client._options_defaults, base=True)
    return nullcontext()


def current_options(scope: object) -> CallOptions:
    """The merged options of the blocks around the current call for `scope`."""
    current = _CURRENT.get()
    if not current:  # most calls: read per request, so kept cheap
        return NO_OPTIONS
    blocks = [(base, options) for owner, options, base in current if owner is scope]
    merged = NO_OPTIONS
    for _, options in sorted(blocks, key=lambda block: not block[0]):  # stable: bases first
        merged = options.over(merged)
    return merged


def _retry(value: RetryPolicy | int | bool | None) -> RetryPolicy | _AttemptsOnly | _Unset:
    if value is True:
        return INHERIT
    if value is False or value is None:
        return NO_RETRY
    if isinstance(value, int):
        # The attempts alone: the rest of the client's policy stays.
        return _AttemptsOnly(value)
    return value


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
