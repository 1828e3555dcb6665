"""`client.stock_adjustments`: the Katana operations tagged `stock_adjustments` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.stock_adjustments import (
    create_stock_adjustment,
    delete_stock_adjustment,
    find_stock_adjustments,
    update_stock_adjustment,
)
from ..models.create_stock_adjustment_dto import CreateStockAdjustmentDto
from ..models.stock_adjustment import StockAdjustment
from ..models.update_stock_adjustment_dto import UpdateStockAdjustmentDto

__all__ = ["StockAdjustmentsRawResource", "StockAdjustmentsResource"]


class StockAdjustmentsResource(Resource):
    """`client.stock_adjustments`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> StockAdjustmentsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return StockAdjustmentsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        stock_adjustment_number: str | Unset = UNSET,
        location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[StockAdjustment]:
        """List all stock adjustments.

        Returns a list of stock adjustments you’ve previously created.
        The stock adjustments are returned in sorted order, with the most recent
        stock adjustments appearing first.

        Katana operation `findStockAdjustments`: `GET /stock_adjustments`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters stock adjustments by an array of IDs
            stock_adjustment_number: Filters stock adjustments by a stock adjustment number
            location_id: Filters stock adjustments by location
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `StockAdjustment`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_stock_adjustments.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateStockAdjustmentDto,
        **options: Unpack[RequestOptions],
    ) -> StockAdjustment:
        """Create a stock adjustment.

        Creates a stock adjustment object.

        Katana operation `createStockAdjustment`: `POST /stock_adjustments`.

        Args:
            body: The request body (`CreateStockAdjustmentDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `StockAdjustment` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_stock_adjustment.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateStockAdjustmentDto,
        **options: Unpack[RequestOptions],
    ) -> StockAdjustment:
        """Update a stock adjustment.

        Updates the specified stock adjustment by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateStockAdjustment`: `PATCH /stock_adjustments/{id}`.

        Args:
            id: Stock adjustment id
            body: The request body (`UpdateStockAdjustmentDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `StockAdjustment` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_stock_adjustment.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a stock adjustment.

        Deletes a single stock adjustment by id.

        Katana operation `deleteStockAdjustment`: `DELETE /stock_adjustments/{id}`.

        Args:
            id: Stock adjustment id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        # Katana may send a body; a delete promises none.
        await self._send(delete_stock_adjustment.OPERATION, locals())


class StockAdjustmentsRawResource:
    """`client.stock_adjustments.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: StockAdjustmentsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_stock_adjustments.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class StockAdjustmentsSyncResource(SyncResource):
    """`SyncKatanaClient.stock_adjustments`: the actions of `StockAdjustmentsResource`, blocking."""

    list = blocking_list(StockAdjustmentsResource.list)
    create = blocking(StockAdjustmentsResource.create)
    update = blocking(StockAdjustmentsResource.update)
    delete = blocking(StockAdjustmentsResource.delete)

    @cached_property
    def with_raw_response(self) -> StockAdjustmentsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return StockAdjustmentsSyncRawResource(self._resource, self._client)


class StockAdjustmentsSyncRawResource(SyncResource):
    """`SyncKatanaClient.stock_adjustments.with_raw_response`: see `StockAdjustmentsRawResource`."""

    list = blocking_page(find_stock_adjustments.asyncio_detailed)
    create = blocking_raw(StockAdjustmentsResource.create)
    update = blocking_raw(StockAdjustmentsResource.update)
    delete = blocking_raw(StockAdjustmentsResource.delete)
