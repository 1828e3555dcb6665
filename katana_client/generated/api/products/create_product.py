"""Create a product: `POST /products` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    model_of,
    parsed,
    send,
)

from ...models.create_product_dto import CreateProductDto
from ...models.product import Product

OPERATION: Final[Operation[Product]] = Operation(
    id="createProduct",
    method="POST",
    path="/products",
    idempotent=False,
    body="required",
    parse=model_of(Product),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateProductDto,
) -> Response[Product]:
    """Create a product

    Creates a product object.

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
