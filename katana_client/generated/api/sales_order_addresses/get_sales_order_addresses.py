"""List all sales order addresses: `GET /sales_order_addresses` (generated; do not edit)."""

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

from ...models.sales_order_address_list import SalesOrderAddressList

OPERATION: Final[Operation[SalesOrderAddressList]] = Operation(
    id="getSalesOrderAddresses",
    method="GET",
    path="/sales_order_addresses",
    idempotent=True,
    list_items="data",
    pagination="query",
    renamed=(("zip_", "zip"),),
    parse=model_of(SalesOrderAddressList),
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
    sales_order_ids: list[int] | Unset = UNSET,
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
) -> Response[SalesOrderAddressList]:
    """List all sales order addresses

    Returns a list of sales order addresses you’ve previously created.
    The sales order addresses are returned in sorted order, with the most recent sales order
    addresses appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters sales order addresses by an array of IDs
        sales_order_ids: Filters sales order addresses by an array of sales order IDs
        entity_type: Filters sales order addresses by a entity_type
        first_name: Filters sales order addresses by a first_name
        last_name: Filters sales order addresses by a last_name
        company: Filters sales order addresses by an company
        line_1: Filters sales order addresses by a line_1
        line_2: Filters sales order addresses by a line_2
        city: Filters sales order addresses by a city
        state: Filters sales order addresses by a state
        zip_: Filters sales order addresses by a zip
        country: Filters sales order addresses by a country
        phone: Filters sales order addresses by a phone
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.

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
