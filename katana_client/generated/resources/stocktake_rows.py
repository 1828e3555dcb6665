"""`client.stocktake_rows`: the Katana operations tagged `stocktake_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.stocktake_rows import (
    create_stocktake_rows,
    delete_stocktake_row_by_id,
    find_stocktake_rows,
    update_stocktake_row_by_id,
)
from ..models.create_stocktake_rows_dto import CreateStocktakeRowsDto
from ..models.stocktake_row import StocktakeRow
from ..models.update_stocktake_row_dto import UpdateStocktakeRowDto

__all__ = ["StocktakeRowsRawResource", "StocktakeRowsResource"]


class StocktakeRowsResource(Resource):
    """`client.stocktake_rows`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> StocktakeRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return StocktakeRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        stocktake_ids: builtins.list[int] | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        batch_id: int | Unset = UNSET,
        bin_location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[StocktakeRow]:
        """List all stocktake rows.

        Returns a list of stocktake rows you’ve previously created.
        The stocktake rows are returned in sorted order, with the most recent stocktake rows
        appearing first.

        Katana operation `findStocktakeRows`: `GET /stocktake_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters stocktake rows by an array of IDs
            stocktake_ids: Filters stocktake rows by an array of stocktake IDs
            variant_id: Filters stocktake rows by variant id
            batch_id: Filters stocktake rows by batch id
            bin_location_id: Filters stocktake rows by bin location id
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `StocktakeRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_stocktake_rows.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateStocktakeRowsDto,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[StocktakeRow]:
        """Create stocktake rows.

        Add one or many new rows for a stocktake. The endpoint accepts up to 250 stocktake rows.

        Katana operation `createStocktakeRows`: `POST /stocktake_rows`.

        Args:
            body: The request body (`CreateStocktakeRowsDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `list[StocktakeRow]` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_stocktake_rows.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateStocktakeRowDto,
        **options: Unpack[RequestOptions],
    ) -> StocktakeRow:
        """Update a stocktake row.

        Updates the specified stocktake row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateStocktakeRowById`: `PATCH /stocktake_rows/{id}`.

        Args:
            id: Stocktake row id
            body: The request body (`UpdateStocktakeRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `StocktakeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_stocktake_row_by_id.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a stocktake row.

        Deletes a stocktake row by id.

        Katana operation `deleteStocktakeRowById`: `DELETE /stocktake_rows/{id}`.

        Args:
            id: Stocktake row id
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
        await self._send(delete_stocktake_row_by_id.OPERATION, locals())


class StocktakeRowsRawResource:
    """`client.stocktake_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: StocktakeRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_stocktake_rows.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class StocktakeRowsSyncResource(SyncResource):
    """`SyncKatanaClient.stocktake_rows`: the actions of `StocktakeRowsResource`, blocking."""

    list = blocking_list(StocktakeRowsResource.list)
    create = blocking(StocktakeRowsResource.create)
    update = blocking(StocktakeRowsResource.update)
    delete = blocking(StocktakeRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> StocktakeRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return StocktakeRowsSyncRawResource(self._resource, self._client)


class StocktakeRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.stocktake_rows.with_raw_response`: see `StocktakeRowsRawResource`."""

    list = blocking_page(find_stocktake_rows.asyncio_detailed)
    create = blocking_raw(StocktakeRowsResource.create)
    update = blocking_raw(StocktakeRowsResource.update)
    delete = blocking_raw(StocktakeRowsResource.delete)
