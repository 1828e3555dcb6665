"""Create a BOM row: `POST /bom_rows` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    model_or_none,
    parsed,
    send,
)

from ...models.bom_row import BomRow
from ...models.bom_row_create_dto import BomRowCreateDto

OPERATION: Final[Operation[BomRow | None]] = Operation(
    id="batchCreateBomRows",
    method="POST",
    path="/bom_rows",
    idempotent=False,
    body="required",
    parse=model_or_none(BomRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: BomRowCreateDto,
) -> Response[BomRow | None]:
    """Create a BOM row

    Create a new BOM row for a product.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
