"""`client.negative_stock`: the Katana operations tagged `negative_stock` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.negative_stock import (
    get_all_negative_stock,
)
from ..models.negative_stock import NegativeStock

__all__ = ["NegativeStockRawResource", "NegativeStockResource"]


class NegativeStockResource(Resource):
    """`client.negative_stock`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> NegativeStockRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return NegativeStockRawResource(self)

    def list(
        self,
        *,
        location_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        latest_negative_stock_date_max: str | Unset = UNSET,
        latest_negative_stock_date_min: str | Unset = UNSET,
        name: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        category: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[NegativeStock]:
        """List all variants with negative stock.

        Returns a list of variants with negative stock balance.
        Each variant has a date of the latest stock movement that resulted in negative stock
        balance.

        Katana operation `getAllNegativeStock`: `GET /negative_stock`.

        Args:
            location_id: Filters negative stock by a valid location id
            variant_id: Filters negative stock by a valid variant id
            latest_negative_stock_date_max: Filters negative stock by a latest negative stock date max
            latest_negative_stock_date_min: Filters negative stock by a latest negative stock date min
            name: Filters negative stock by a name
            sku: Filters negative stock by a sku
            category: Filters negative stock by a category
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `NegativeStock`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_negative_stock.asyncio_detailed, self._client, locals())


class NegativeStockRawResource:
    """`client.negative_stock.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: NegativeStockResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_negative_stock.asyncio_detailed, resource)


class NegativeStockSyncResource(SyncResource):
    """`SyncKatanaClient.negative_stock`: the actions of `NegativeStockResource`, blocking."""

    list = blocking_list(NegativeStockResource.list)

    @cached_property
    def with_raw_response(self) -> NegativeStockSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return NegativeStockSyncRawResource(self._resource, self._client)


class NegativeStockSyncRawResource(SyncResource):
    """`SyncKatanaClient.negative_stock.with_raw_response`: see `NegativeStockRawResource`."""

    list = blocking_page(get_all_negative_stock.asyncio_detailed)
