"""Create product operations: `POST /product_operation_rows` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

from ...models.product_operation_create_dto import ProductOperationCreateDto

OPERATION: Final[Operation[Any]] = Operation(
    id="createProductOperationRows",
    method="POST",
    path="/product_operation_rows",
    idempotent=False,
    body="required",
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: ProductOperationCreateDto,
) -> Response[Any]:
    """Create product operations

    Create one or many new product operation rows for a product.
    The endpoint accepts up to 150 product operation rows and processes them in bulk.
    If rows are successfully created, 204 is returned.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
