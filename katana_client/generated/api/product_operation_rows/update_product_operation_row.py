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
