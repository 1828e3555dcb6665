"""Create many BOM rows: `POST /bom_rows/batch/create` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

from ...models.create_bom_rows_batch_dto import CreateBomRowsBatchDto

OPERATION: Final[Operation[Any]] = Operation(
    id="createBomRow",
    method="POST",
    path="/bom_rows/batch/create",
    idempotent=False,
    body="required",
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateBomRowsBatchDto,
) -> Response[Any]:
    """Create many BOM rows

    Create BOM rows for a product.

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
