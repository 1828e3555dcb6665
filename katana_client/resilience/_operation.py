"""Which operation a request belongs to, and whether sending it twice is harmless.

The request core (`katana_client._runtime.send`) sends each request with an `Exchange`
naming its operation's descriptor, an `Operation`; only its `id` and `idempotent` are
read here. `idempotent` comes from the spec's `x-katana-idempotent` (written by the
build from KATANA_API.md's list), not from a list in this package. A request without an
operation (sent directly through the httpx client) falls back to HTTP semantics: every
method but POST is repeat-safe.
"""

from __future__ import annotations

from typing import Final

import httpx
from attrs import frozen

from katana_client._runtime._exchange import Exchange, exchange_of

__all__ = ["OperationInfo", "operation_of"]

# PATCH sets values and DELETE of a deleted record answers 404, so repeating either
# changes nothing (KATANA_API.md, "Status codes and idempotency").
_REPEAT_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})


@frozen
class OperationInfo:
    """What the resilience layer knows about the operation behind one request.

    Attributes:
        id: The spec's operationId ("createSalesOrder"), or None for a bare request.
        repeat_safe: Whether Katana ends in the same state when it receives the request
            twice; only such requests are retried once they may have reached Katana.
        exchange: The call's record, where the transport writes how the call went.
    """

    id: str | None
    repeat_safe: bool
    exchange: Exchange


def operation_of(request: httpx.Request) -> OperationInfo:
    """Read the request's operation from its exchange, falling back to its method."""
    exchange = exchange_of(request)
    op = exchange.operation
    if op is not None:
        return OperationInfo(id=op.id, repeat_safe=op.idempotent, exchange=exchange)
    repeat_safe = request.method.upper() in _REPEAT_SAFE_METHODS
    return OperationInfo(id=None, repeat_safe=repeat_safe, exchange=exchange)
