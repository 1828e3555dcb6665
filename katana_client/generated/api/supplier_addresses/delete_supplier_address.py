"""Delete a supplier address: `DELETE /supplier_addresses/{id}` (generated; do not edit)."""

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

from ...models.supplier_address import SupplierAddress

OPERATION: Final[Operation[SupplierAddress | None]] = Operation(
    id="deleteSupplierAddress",
    method="DELETE",
    path="/supplier_addresses/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_or_none(SupplierAddress),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[SupplierAddress | None]:
    """Delete a supplier address

    Deletes a supplier address by id.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Supplier Address id

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
