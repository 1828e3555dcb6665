"""Types shared by the generated package and the handwritten client.

They live here, not in the generated `types.py`, so that one `UNSET` object exists no
matter which module a caller imports it from (the converters test for it by identity),
and so that regeneration cannot change their shape under the handwritten code.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Final, Generic, Literal, Protocol, TypeVar, final, runtime_checkable

import httpx
from attrs import frozen

T = TypeVar("T")


@final
class Unset:
    """Type of `UNSET`: the marker for "this key was not in the JSON at all".

    Distinct from `None`, which Katana sends for "present but empty". Models omit UNSET
    fields when serializing, so a value read from Katana is written back as it came.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Pickles by reference, so an unpickled model still compares `is UNSET`; for the
        # same reason `copy.copy` and `copy.deepcopy` return UNSET itself.
        return "UNSET"


UNSET: Final[Unset] = Unset()


@runtime_checkable
class SupportsAsyncHTTPX(Protocol):
    """What a generated endpoint needs from `client=`: a pooled `httpx.AsyncClient`.

    `katana_client.KatanaClient` and the generated `AuthenticatedClient` both qualify.
    Endpoints never build their own HTTP client: one per request would cost a TLS
    handshake each time and lose connection pooling.
    """

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the `httpx.AsyncClient` to send requests with."""
        ...


@frozen(repr=False)
class Response(Generic[T]):
    """The full outcome of a successful (2xx) call.

    `status_code` is a plain `int`, not `http.HTTPStatus`: Katana and the proxies in
    front of it send codes such as 520 and 499 that `HTTPStatus` cannot represent.
    `parsed` is None when the body was empty or JSON null (Katana sends 204 where 200 is
    documented), or, for an operation documented without a body, was not one it reads;
    a documented body that is not JSON raises `KatanaResponseShapeError` instead.
    The repr shows the status and the body's size, never the body: it can hold a
    secret (a webhook's signing token).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    def __repr__(self) -> str:
        return f"<Response [{self.status_code}], {len(self.content)} bytes>"
