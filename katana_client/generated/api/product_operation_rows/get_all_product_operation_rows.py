"""List all product operations: `GET /product_operation_rows` (generated; do not edit)."""

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

from ...models.product_operation_row_list import ProductOperationRowList

OPERATION: Final[Operation[ProductOperationRowList]] = Operation(
    id="getAllProductOperationRows",
    method="GET",
    path="/product_operation_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(ProductOperationRowList),
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
    product_id: int | Unset = UNSET,
    product_operation_row_id: int | Unset = UNSET,
    product_variant_id: int | Unset = UNSET,
    operation_id: int | Unset = UNSET,
    operation_name: str | Unset = UNSET,
    resource_id: int | Unset = UNSET,
    resource_name: str | Unset = UNSET,
) -> Response[ProductOperationRowList]:
    """List all product operations

    Returns a list of product operation rows you’ve previously created.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        product_id: Filters product operation rows by product ID
        product_operation_row_id: Filters product operation rows by product operation row ID
        product_variant_id: Filters product operation rows by product variant ID
        operation_id: Filters product operation rows by operation ID
        operation_name: Filters product operation rows by operation name
        resource_id: Filters product operation rows by resource ID
        resource_name: Filters product operation rows by resource name

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
