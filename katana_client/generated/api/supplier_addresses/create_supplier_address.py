"""Create a supplier address: `POST /supplier_addresses` (generated; do not edit)."""

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

from ...models.supplier_address import SupplierAddress
from ...models.supplier_address_create_dto import SupplierAddressCreateDto

OPERATION: Final[Operation[SupplierAddress]] = Operation(
    id="createSupplierAddress",
    method="POST",
    path="/supplier_addresses",
    idempotent=False,
    body="required",
    parse=model_of(SupplierAddress),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: SupplierAddressCreateDto,
) -> Response[SupplierAddress]:
    """Create a supplier address

    Add an address to an existing supplier. If the new address is the first one, it is
    assigned as
    the default. (A Supplier can have only one address for now)

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
