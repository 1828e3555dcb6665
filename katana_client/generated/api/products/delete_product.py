"""Delete a product: `DELETE /products/{id}` (generated; do not edit)."""

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

from ...models.product import Product

OPERATION: Final[Operation[Product | None]] = Operation(
    id="deleteProduct",
    method="DELETE",
    path="/products/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_or_none(Product),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[Product | None]:
    """Delete a product

    Deletes a product by id.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Product id

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaParameterError: A path value is of the wrong type or could name another path;
            nothing was sent.
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
