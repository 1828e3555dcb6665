"""Create a sales return: `POST /sales_returns` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    model_of,
    parsed,
    send,
)

from ...models.create_sales_return_dto import CreateSalesReturnDto
from ...models.sales_return import SalesReturn

OPERATION: Final[Operation[SalesReturn]] = Operation(
    id="createSalesReturn",
    method="POST",
    path="/sales_returns",
    idempotent=False,
    body="optional",
    parse=model_of(SalesReturn),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateSalesReturnDto | Unset = UNSET,
) -> Response[SalesReturn]:
    """Create a sales return

    Creates a new sales return object.

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
