"""List all manufacturing order operation rows: `GET /manufacturing_order_operation_rows` (generated; do not edit)."""

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

from ...models.get_all_manufacturing_order_operation_rows_status import (
    GetAllManufacturingOrderOperationRowsStatus,
)
from ...models.manufacturing_order_operation_row_list import ManufacturingOrderOperationRowList

OPERATION: Final[Operation[ManufacturingOrderOperationRowList]] = Operation(
    id="getAllManufacturingOrderOperationRows",
    method="GET",
    path="/manufacturing_order_operation_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(ManufacturingOrderOperationRowList),
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
    manufacturing_order_id: int | Unset = UNSET,
    status: GetAllManufacturingOrderOperationRowsStatus | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[ManufacturingOrderOperationRowList]:
    """List all manufacturing order operation rows

    Returns a list of manufacturing order operation rows you’ve previously created.
    The manufacturing order operation rows are returned in sorted order,
    with the most recent manufacturing order operation rows appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters manufacturing order operation rows by an array of IDs
        manufacturing_order_id: Filters manufacturing orders by location.
        status: Filters manufacturing orders by a status.
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
