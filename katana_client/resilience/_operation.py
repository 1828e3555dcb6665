"""Which operation a request belongs to, and whether sending it twice is harmless.

The request core (`katana_client._runtime.send`) attaches the operation's descriptor, an
`Operation`, to each request as the httpx request extension `katana_operation`; only
its `id` and `idempotent` are read here. A mapping with those keys is accepted too::

    {"id": "createSalesOrder", "idempotent": False}

for requests built by hand.

`idempotent` comes from the spec's `x-katana-idempotent` (written by the build from
KATANA_API.md's list), not from a list in this package. A request without the extension
(sent directly through the httpx client) falls back to HTTP semantics: every method but
POST is repeat-safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import httpx
from attrs import frozen

from katana_client._runtime import Operation
from katana_client._runtime._operation import EXTENSION

__all__ = ["EXTENSION", "OperationInfo", "operation_of"]

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
    """

    id: str | None
    repeat_safe: bool


def operation_of(request: httpx.Request) -> OperationInfo:
    """Read the `katana_operation` extension, falling back to the request method."""
    raw = request.extensions.get(EXTENSION)
    op_id: str | None = None
    repeat_safe: bool | None = None
    if isinstance(raw, Operation):  # what the request core sends
        op_id, repeat_safe = raw.id, raw.idempotent
    elif isinstance(raw, Mapping):
        value = raw.get("id")
        op_id = value if isinstance(value, str) and value else None
        flag = raw.get("idempotent")
        repeat_safe = flag if isinstance(flag, bool) else None
    if repeat_safe is None:
        repeat_safe = request.method.upper() in _REPEAT_SAFE_METHODS
    return OperationInfo(id=op_id, repeat_safe=repeat_safe)
