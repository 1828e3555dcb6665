"""Update a supplier: `PATCH /suppliers/{id}` (generated; do not edit)."""

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

from ...models.supplier import Supplier
from ...models.supplier_update_dto import SupplierUpdateDto

OPERATION: Final[Operation[Supplier]] = Operation(
    id="updateSupplier",
    method="PATCH",
    path="/suppliers/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(Supplier),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: SupplierUpdateDto,
) -> Response[Supplier]:
    """Update a supplier

    Updates the specified supplier by setting the values of the parameters passed.
    Any parameters not provided will be left unchanged.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Supplier id
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
