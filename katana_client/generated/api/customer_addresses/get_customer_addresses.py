"""List all customer addresses: `GET /customer_addresses` (generated; do not edit)."""

from __future__ import annotations

import datetime
from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    model_of,
    parsed,
    send,
)

from ...models.customer_address_list import CustomerAddressList

OPERATION: Final[Operation[CustomerAddressList]] = Operation(
    id="getCustomerAddresses",
    method="GET",
    path="/customer_addresses",
    idempotent=True,
    list_items="data",
    pagination="query",
    query=(
        "page",
        "limit",
        "created_at_min",
        "created_at_max",
        "updated_at_min",
        "updated_at_max",
        "ids",
        "customer_ids",
        "entity_type",
        "first_name",
        "last_name",
        "company",
        "line_1",
        "line_2",
        "city",
        "state",
        ("zip", "zip_"),
        "country",
        "phone",
        "include_deleted",
    ),
    parse=model_of(CustomerAddressList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    customer_ids: list[int] | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    company: str | Unset = UNSET,
    line_1: str | Unset = UNSET,
    line_2: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[CustomerAddressList]:
    """List all customer addresses

    Returns a list of customer addresses you’ve previously created.
    The customer addresses are returned in sorted order, with the most recent customer
    addresses appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        customer_ids: Query parameter `customer_ids`.
        entity_type: Query parameter `entity_type`.
        first_name: Query parameter `first_name`.
        last_name: Query parameter `last_name`.
        company: Query parameter `company`.
        line_1: Query parameter `line_1`.
        line_2: Query parameter `line_2`.
        city: Query parameter `city`.
        state: Query parameter `state`.
        zip_: Query parameter `zip`.
        country: Query parameter `country`.
        phone: Query parameter `phone`.
        include_deleted: Query parameter `include_deleted`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
