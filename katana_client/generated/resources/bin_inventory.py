"""`client.bin_inventory`: the Katana operations tagged `bin_inventory` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.bin_inventory import (
    get_bin_inventory,
)
from ..models.bin_inventory import BinInventory
from ..models.get_bin_inventory_granularity import GetBinInventoryGranularity

__all__ = ["BinInventoryRawResource", "BinInventoryResource"]


class BinInventoryResource(Resource):
    """`client.bin_inventory`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BinInventoryRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BinInventoryRawResource(self)

    def list(
        self,
        *,
        granularity: GetBinInventoryGranularity | Unset = UNSET,
        location_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        bin_location_id: str | Unset = UNSET,
        batch_id: str | Unset = UNSET,
        serial_number_id: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BinInventory]:
        """List bin inventory levels.

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

        Katana operation `getBinInventory`: `GET /bin_inventory`.

        Args:
            granularity: Row granularity. Defaults to `VARIANT`.
            location_id: Filter by location id.
            variant_id: Filter by variant id.
            bin_location_id: Filter by bin location id. Pass `null` to target unassigned-bin rows.
            batch_id: Filter by batch id. Only valid when `granularity=BATCH`. Pass `null` to target unbatched
                rows.
            serial_number_id: Filter by serial number id. Only valid when `granularity=SERIAL_NUMBER`. Pass `null` to
                target untraced rows.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `BinInventory`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_bin_inventory.asyncio_detailed, self._client, locals())


class BinInventoryRawResource:
    """`client.bin_inventory.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BinInventoryResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_bin_inventory.asyncio_detailed, resource)


class BinInventorySyncResource(SyncResource):
    """`SyncKatanaClient.bin_inventory`: the actions of `BinInventoryResource`, blocking."""

    list = blocking_list(BinInventoryResource.list)

    @cached_property
    def with_raw_response(self) -> BinInventorySyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BinInventorySyncRawResource(self._resource, self._client)


class BinInventorySyncRawResource(SyncResource):
    """`SyncKatanaClient.bin_inventory.with_raw_response`: see `BinInventoryRawResource`."""

    list = blocking_page(get_bin_inventory.asyncio_detailed)
