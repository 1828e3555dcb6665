"""List all bin transfer rows: `GET /bin_transfer_rows` (generated; do not edit)."""

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

from ...models.bin_transfer_row_list import BinTransferRowList

OPERATION: Final[Operation[BinTransferRowList]] = Operation(
    id="findBinTransferRows",
    method="GET",
    path="/bin_transfer_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(BinTransferRowList),
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
    bin_transfer_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    source_bin_location_id: int | Unset = UNSET,
    target_bin_location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[BinTransferRowList]:
    """List all bin transfer rows

    Returns a list of bin transfer rows with their traceability allocations.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filter by an array of row ids
        bin_transfer_id: Filter by parent bin transfer id
        variant_id: Filter by variant id
        source_bin_location_id: Filter by source bin location id
        target_bin_location_id: Filter by target bin location id
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
