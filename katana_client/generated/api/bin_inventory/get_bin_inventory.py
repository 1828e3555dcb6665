"""List bin inventory levels: `GET /bin_inventory` (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from katana_client._runtime import (
    UNSET,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    build_response,
    query_params,
)

from ...models.bin_inventory_list import BinInventoryList
from ...models.get_bin_inventory_granularity import GetBinInventoryGranularity

OPERATION_ID: Final = "getBinInventory"
METHOD: Final = "GET"
PATH: Final = "/bin_inventory"
# Whether sending this request twice has the same effect as sending it once; the
# resilience layer only retries a request that may have reached Katana when it is.
IDEMPOTENT: Final = True
# For list operations: where the items are ("data": `{"data": [...]}`, "root": a bare
# array) and how pages are requested ("query": page/limit parameters, "body": the
# request body's filter); None when the operation does not list or does not page.
LIST_ITEMS: Final[str | None] = "data"
PAGINATION: Final[str | None] = "query"
# Sent with every request as the httpx extension "katana_operation", so that the layers
# below (retries, rate limiting, logging) know which operation a request is and whether
# it may be repeated, without a list of operations in handwritten code.
OPERATION: Final[Mapping[str, Any]] = MappingProxyType(
    {
        "id": OPERATION_ID,
        "method": METHOD,
        "path": PATH,
        "idempotent": IDEMPOTENT,
        "list_items": LIST_ITEMS,
        "pagination": PAGINATION,
    }
)


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    granularity: GetBinInventoryGranularity | Unset = UNSET,
    location_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    bin_location_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    serial_number_id: str | Unset = UNSET,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "extensions": {"katana_operation": OPERATION},
        "url": PATH,
    }
    kwargs["params"] = query_params(
        {
            "page": page,
            "limit": limit,
            "granularity": granularity,
            "location_id": location_id,
            "variant_id": variant_id,
            "bin_location_id": bin_location_id,
            "batch_id": batch_id,
            "serial_number_id": serial_number_id,
        }
    )
    return kwargs


def _parse(data: Any) -> BinInventoryList:
    result: BinInventoryList = (
        BinInventoryList._from_owned(data) if data.__class__ is dict else data
    )
    return result


async def asyncio_detailed(
    *,
    client: SupportsAsyncHTTPX,
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
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        granularity: Query parameter `granularity`.
        location_id: Query parameter `location_id`.
        variant_id: Query parameter `variant_id`.
        bin_location_id: Query parameter `bin_location_id`.
        batch_id: Query parameter `batch_id`.
        serial_number_id: Query parameter `serial_number_id`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        granularity=granularity,
        location_id=location_id,
        variant_id=variant_id,
        bin_location_id=bin_location_id,
        batch_id=batch_id,
        serial_number_id=serial_number_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse)


async def asyncio(
    *,
    client: SupportsAsyncHTTPX,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    granularity: GetBinInventoryGranularity | Unset = UNSET,
    location_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    bin_location_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    serial_number_id: str | Unset = UNSET,
) -> BinInventoryList | None:
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
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        granularity: Query parameter `granularity`.
        location_id: Query parameter `location_id`.
        variant_id: Query parameter `variant_id`.
        bin_location_id: Query parameter `bin_location_id`.
        batch_id: Query parameter `batch_id`.
        serial_number_id: Query parameter `serial_number_id`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The parsed body, or None when Katana sent an empty body.
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        granularity=granularity,
        location_id=location_id,
        variant_id=variant_id,
        bin_location_id=bin_location_id,
        batch_id=batch_id,
        serial_number_id=serial_number_id,
    )
    return response.parsed
