"""Change the product operation's rank: `POST /product_operation_rerank` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

from ...models.product_operation_row_rank_dto import ProductOperationRowRankDto

OPERATION: Final[Operation[Any]] = Operation(
    id="reRankProductOperation",
    method="POST",
    path="/product_operation_rerank",
    idempotent=True,
    body="required",
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: ProductOperationRowRankDto,
) -> Response[Any]:
    """Change the product operation's rank

    Use this endpoint to rearrange product operations.
    This endpoint supports the changing of a single product operation's rank in relation to
    other product operations.
    After repositioning, the rank attribute for all operations of the same product will be
    recalculated.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
