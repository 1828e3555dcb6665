"""One call's record, shared by the layers its request passes through.

`send` makes an `Exchange` naming the operation; the resilience transport reads the
operation from it and writes back how the call went (attempts, an unknown outcome, the
body it decoded already); `build_response` and the errors read those. Every layer
reaches it through `exchange_of`, typed. It rides in the request's httpx extensions,
which httpx carries from `client.request` to the transport and back as
`response.request`: through the auth flow's re-send, event hooks, redirects, mounted
transports and retries. Only this module knows that slot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import httpx
from attrs import define

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["Exchange", "exchange_of", "request_extensions"]

_SLOT: Final = "katana_exchange"


@define(eq=False)
class Exchange:
    """What the layers know about one call.

    Attributes:
        operation: The descriptor of the operation sent; None for a request sent
            directly through the httpx client.
        attempts: How many times the request was sent (1 unless a resilience transport
            retried it).
        outcome_unknown: The final answer says Katana may have acted (5xx, 408) but
            the request is not repeat-safe, so it was not retried.
        decoded: The final 2xx body as `_typed.decode_body` gave it, (result, parsed),
            when the transport decoded it already (to retry a body that does not
            decode); else None.
        gone: A DELETE answered 404 after an earlier attempt may have reached Katana:
            the record is gone, most likely deleted by that attempt, and the 404 is
            read as the delete's success.
    """

    operation: Operation[Any] | None = None
    attempts: int = 1
    outcome_unknown: bool = False
    decoded: tuple[Any, bool] | None = None
    gone: bool = False

    def take_decoded(self) -> tuple[Any, bool] | None:
        """Hand over `decoded`: the taker converts it in place, and a response kept
        alive by a reference cycle should not keep a whole page here."""
        decoded, self.decoded = self.decoded, None
        return decoded


def request_extensions(exchange: Exchange) -> dict[str, Any]:
    """The httpx `extensions=` that send `exchange` with a request."""
    return {_SLOT: exchange}


def exchange_of(message: httpx.Request | httpx.Response) -> Exchange:
    """The `Exchange` of a request (or a response's request); one without (sent
    directly through the httpx client) gets an empty one, for the transport to fill."""
    if isinstance(message, httpx.Response):
        try:
            message = message.request
        except RuntimeError:  # a response built by hand, with no request
            return Exchange()
    found = message.extensions.get(_SLOT)
    if isinstance(found, Exchange):
        return found
    exchange = Exchange()
    message.extensions[_SLOT] = exchange
    return exchange
