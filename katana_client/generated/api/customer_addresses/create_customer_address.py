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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
