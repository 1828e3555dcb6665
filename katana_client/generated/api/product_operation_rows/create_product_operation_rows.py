"""Create product operations: `POST /product_operation_rows` (generated; do not edit)."""

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

from ...models.product_operation_create_dto import ProductOperationCreateDto
from ...models.product_operation_row import ProductOperationRow

OPERATION: Final[Operation[ProductOperationRow | None]] = Operation(
    id="createProductOperationRows",
    method="POST",
    path="/product_operation_rows",
    idempotent=False,
    body="required",
    parse=model_or_none(ProductOperationRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: ProductOperationCreateDto,
) -> Response[ProductOperationRow | None]:
    """Create product operations

    Create one or many new product operation rows for a product.
    The endpoint accepts up to 150 product operation rows and processes them in bulk.
    If rows are successfully created, 204 is returned.

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
