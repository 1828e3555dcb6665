"""List all products: `GET /products` (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal
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

from ...models.get_all_products_extend_item import GetAllProductsExtendItem
from ...models.product_list import ProductList

OPERATION: Final[Operation[ProductList]] = Operation(
    id="getAllProducts",
    method="GET",
    path="/products",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(ProductList),
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
    name: str | Unset = UNSET,
    uom: str | Unset = UNSET,
    category_name: str | Unset = UNSET,
    is_sellable: bool | Unset = UNSET,
    is_producible: bool | Unset = UNSET,
    is_purchasable: bool | Unset = UNSET,
    is_auto_assembly: bool | Unset = UNSET,
    default_supplier_id: int | Unset = UNSET,
    batch_tracked: str | Unset = UNSET,
    serial_tracked: str | Unset = UNSET,
    operations_in_sequence: bool | Unset = UNSET,
    purchase_uom: str | Unset = UNSET,
    purchase_uom_conversion_rate: Decimal | float | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    extend: list[GetAllProductsExtendItem] | Unset = UNSET,
) -> Response[ProductList]:
    """List all products

    Returns a list of products you’ve previously created. The products are returned in
    sorted order,
    with the most recent products appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters products by an array of IDs
        name: Filters products by a name
        uom: Filters products by a uom
        category_name: Query parameter `category_name`.
        is_sellable: Filters products by a is_sellable
        is_producible: Filters products by an is_producible
        is_purchasable: Filters products by an is_purchasable
        is_auto_assembly: Filters products by an is_auto_assembly
        default_supplier_id: Filters products by a default_supplier_id
        batch_tracked: Filters products by a batch_tracked
        serial_tracked: Filters products by a serial_tracked
        operations_in_sequence: Filters products by a operations_in_sequence
        purchase_uom: Filters products by a purchase_uom
        purchase_uom_conversion_rate: Filters products by a purchase_uom_conversion_rate
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
        include_archived: Archived data is excluded from result set by default. Set to true to include it.
        extend: Array of objects that need to be added to the response

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
