"""Delete a product operation row: `DELETE /product_operation_rows/{id}` (generated; do not edit)."""

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

from ...models.product_operation_row import ProductOperationRow

OPERATION: Final[Operation[ProductOperationRow | None]] = Operation(
    id="deleteProductOperationRow",
    method="DELETE",
    path="/product_operation_rows/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_or_none(ProductOperationRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[ProductOperationRow | None]:
    """Delete a product operation row

    Deletes a product operation row by product_operation_row_id.
    If one product operation row applies to multiple product variants then all of them are
    deleted.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Product operation row id

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
