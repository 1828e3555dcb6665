"""Update a product operation row: `PATCH /product_operation_rows/{id}` (generated; do not edit)."""

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

from ...models.product_operation_row import ProductOperationRow
from ...models.product_operation_row_update_dto import ProductOperationRowUpdateDto

OPERATION: Final[Operation[ProductOperationRow]] = Operation(
    id="updateProductOperationRow",
    method="PATCH",
    path="/product_operation_rows/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(ProductOperationRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: ProductOperationRowUpdateDto,
) -> Response[ProductOperationRow]:
    """Update a product operation row

    Updates the specified product operation row by setting the values of the parameters
    passed.
    Any parameters not provided will be left unchanged. Since one product operation row can
    apply to multiple product
    variants, updating the row will apply to all objects with the same
    product_operation_row_id.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Product operation row id
        body: The request body, sent as JSON.

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
