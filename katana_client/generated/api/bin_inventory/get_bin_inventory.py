"""List bin inventory levels: `GET /bin_inventory` (generated; do not edit)."""

from __future__ import annotations

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

from ...models.bin_inventory_list import BinInventoryList
from ...models.get_bin_inventory_granularity import GetBinInventoryGranularity

OPERATION: Final[Operation[BinInventoryList]] = Operation(
    id="getBinInventory",
    method="GET",
    path="/bin_inventory",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(BinInventoryList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    granularity: GetBinInventoryGranularity | Unset = UNSET,
    location_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    bin_location_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    serial_number_id: str | Unset = UNSET,
) -> Response[BinInventoryList]:
    """List bin inventory levels

    Per-bin inventory levels at the chosen granularity. `granularity=VARIANT` (default)
    returns one row per
    (location, variant, bin); `BATCH` and `SERIAL_NUMBER` break rows down further by the
    matching
    traceability axis. Each row carries three decimal-string quantities:
    `quantity_in_stock`,
    `quantity_committed`, `quantity_expected`.

    A null `bin_location_id`, `batch_id`, or `serial_number_id` denotes stock whose
    traceability on that
    axis has not been set (unassigned bin, unbatched stock, untraced serial). Pass
    `?<param>=null` to
    target those rows.

    Rows are removed once all three quantities reach zero; absence implies zero across the
    board. This
    prevents the dataset from accumulating stale entries for every combination ever touched
    —
    `(location, variant, bin)`, `(location, variant, bin, batch)`, or
    `(location, variant, bin, serial_number)` depending on granularity — and keeps
    pagination focused on
    positions with non-zero stock, commitments, or expected receipts.

    Bin inventory levels are computed asynchronously and are eventually consistent — recent
    stock
    movements may not be reflected immediately.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        granularity: Row granularity. Defaults to `VARIANT`.
        location_id: Filter by location id.
        variant_id: Filter by variant id.
        bin_location_id: Filter by bin location id. Pass `null` to target unassigned-bin rows.
        batch_id: Filter by batch id. Only valid when `granularity=BATCH`. Pass `null` to target unbatched
            rows.
        serial_number_id: Filter by serial number id. Only valid when `granularity=SERIAL_NUMBER`. Pass `null` to
            target untraced rows.

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
