"""List all bin transfers: `GET /bin_transfers` (generated; do not edit)."""

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

from ...models.bin_transfer_list import BinTransferList
from ...models.find_bin_transfers_status import FindBinTransfersStatus

OPERATION: Final[Operation[BinTransferList]] = Operation(
    id="findBinTransfers",
    method="GET",
    path="/bin_transfers",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(BinTransferList),
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
    bin_transfer_number: str | Unset = UNSET,
    location_id: int | Unset = UNSET,
    status: FindBinTransfersStatus | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[BinTransferList]:
    """List all bin transfers

    Returns a list of bin transfers you've previously created, sorted with the most recent
    first. Each
    transfer is returned with its rows and the rows' traceability allocations.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filter bin transfers by an array of ids
        bin_transfer_number: Filter by bin transfer number
        location_id: Filter by the location id the transfer happens within
        status: Filter by status
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
