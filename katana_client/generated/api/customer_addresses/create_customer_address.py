"""Create a customer address: `POST /customer_addresses` (generated; do not edit)."""

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

from ...models.customer_address import CustomerAddress
from ...models.customer_address_create_dto import CustomerAddressCreateDto

OPERATION: Final[Operation[CustomerAddress]] = Operation(
    id="createCustomerAddress",
    method="POST",
    path="/customer_addresses",
    idempotent=False,
    body="required",
    parse=model_of(CustomerAddress),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CustomerAddressCreateDto,
) -> Response[CustomerAddress]:
    """Create a customer address

    Add an address to an existing customer. A Customer can have one billing address
    and multiple shipping addresses. If the new address is the first of its type, it is
    assigned as the default.

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
