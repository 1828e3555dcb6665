"""`client.batch_stocks`: the Katana operations tagged `batch_stocks` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.batch_stocks import (
    get_batch_stock,
    update_batch_stock,
)
from ..models.batch_stock import BatchStock
from ..models.update_batch_dto import UpdateBatchDto

__all__ = ["BatchStocksRawResource", "BatchStocksResource"]


class BatchStocksResource(Resource):
    """`client.batch_stocks`: `list`, `update`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BatchStocksRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BatchStocksRawResource(self)

    def list(
        self,
        *,
        batch_id: int | Unset = UNSET,
        batch_number: str | Unset = UNSET,
        location_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        batch_barcode: str | Unset = UNSET,
        include_empty: bool | Unset = UNSET,
        batch_created_at_max: str | Unset = UNSET,
        batch_created_at_min: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BatchStock]:
        """List current batch stock.

        Returns a list for current batch stock.
        The inventory is returned in sorted order, base on location_id ASC, variant_id ASC,
        batch_id DESC.

        Katana operation `getBatchStock`: `GET /batch_stocks`.

        Args:
            batch_id: Filters stock by a valid batch id
            batch_number: Filters stock by a valid batch number
            location_id: Filters stock by a valid location id
            variant_id: Filters stock by a valid variant id
            batch_barcode: Filter stock by batch barcode
            include_empty: Include empty batches in result
            batch_created_at_max: Maximum value for batch_created_at range. Must be compatible with ISO 8601 format
            batch_created_at_min: Minimum value for batch_created_at range. Must be compatible with ISO 8601 format
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `BatchStock`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_batch_stock.asyncio_detailed, self._client, locals())

    async def update(
        self,
        id: int,
        body: UpdateBatchDto,
        **options: Unpack[RequestOptions],
    ) -> BatchStock:
        """Update batch details.

        Updates the specified batch details by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateBatchStock`: `PATCH /batch_stocks/{id}`.

        Args:
            id: Batch id
            body: The request body (`UpdateBatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BatchStock` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_batch_stock.OPERATION, locals())


class BatchStocksRawResource:
    """`client.batch_stocks.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BatchStocksResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_batch_stock.asyncio_detailed, resource)
        self.update = raw(resource.update)


class BatchStocksSyncResource(SyncResource):
    """`SyncKatanaClient.batch_stocks`: the actions of `BatchStocksResource`, blocking."""

    list = blocking_list(BatchStocksResource.list)
    update = blocking(BatchStocksResource.update)

    @cached_property
    def with_raw_response(self) -> BatchStocksSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BatchStocksSyncRawResource(self._resource, self._client)


class BatchStocksSyncRawResource(SyncResource):
    """`SyncKatanaClient.batch_stocks.with_raw_response`: see `BatchStocksRawResource`."""

    list = blocking_page(get_batch_stock.asyncio_detailed)
    update = blocking_raw(BatchStocksResource.update)
