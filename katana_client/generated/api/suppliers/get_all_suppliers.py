"""List all suppliers: `GET /suppliers` (generated; do not edit)."""

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

from ...models.supplier_list import SupplierList

OPERATION: Final[Operation[SupplierList]] = Operation(
    id="getAllSuppliers",
    method="GET",
    path="/suppliers",
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
        "email",
        "phone",
        "name",
        "include_deleted",
    ),
    parse=model_of(SupplierList),
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
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    name: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[SupplierList]:
    """List all suppliers

    Returns a list of suppliers you’ve previously created. The suppliers are returned in
    sorted order,
    with the most recent suppliers appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        email: Query parameter `email`.
        phone: Query parameter `phone`.
        name: Query parameter `name`.
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
