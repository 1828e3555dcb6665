"""Get return reasons: `GET /sales_returns/return_reasons` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    list_of,
    parsed,
    send,
)

from ...models.return_reason import ReturnReason

OPERATION: Final[Operation[list[ReturnReason]]] = Operation(
    id="getReturnReasons",
    method="GET",
    path="/sales_returns/return_reasons",
    idempotent=True,
    list_items="root",
    parse=list_of(ReturnReason),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
) -> Response[list[ReturnReason]]:
    """Get return reasons

    Get return reasons

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
