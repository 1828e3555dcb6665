"""`client.stocktakes`: the Katana operations tagged `stocktakes` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.stocktakes import (
    create_stocktake,
    delete_stocktake_by_id,
    find_stocktakes,
    update_stocktake_by_id,
)
from ..models.create_stocktake_dto import CreateStocktakeDto
from ..models.find_stocktakes_status import FindStocktakesStatus
from ..models.stocktake import Stocktake
from ..models.update_stocktake_dto import UpdateStocktakeDto

__all__ = ["StocktakesRawResource", "StocktakesResource"]


class StocktakesResource(Resource):
    """`client.stocktakes`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> StocktakesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return StocktakesRawResource(self)

    def list(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        stocktake_number: str | Unset = UNSET,
        status: FindStocktakesStatus | Unset = UNSET,
        stock_adjustment_id: str | Unset = UNSET,
        location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Stocktake]:
        """List all stocktakes.

        Returns a list of stocktakes you’ve previously created. The stocktakes are returned in
        sorted order,
        with the most recent stocktakes appearing first.

        Katana operation `findStocktakes`: `GET /stocktakes`.

        Args:
            ids: Filters stocktakes by an array of IDs
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            stocktake_number: Filters stocktakes by a stocktake number
            status: Filters stocktakes by status
            stock_adjustment_id: Filters stocktakes by stock adjustment id
            location_id: Filters stocktakes by location
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Stocktake`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_stocktakes.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateStocktakeDto,
        **options: Unpack[RequestOptions],
    ) -> Stocktake:
        """Create a stocktake.

        Create a new stocktake object.

        Katana operation `createStocktake`: `POST /stocktakes`.

        Args:
            body: The request body (`CreateStocktakeDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Stocktake` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_stocktake.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateStocktakeDto,
        **options: Unpack[RequestOptions],
    ) -> Stocktake | None:
        """Update a stocktake.

        Updates the specified stocktake by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged. Status updates can take a long time
        so 204 is returned.
        If you need to continue with updates on same entity or its rows,
        you need to poll if status update has ended (status_update_in_progress) and continue
        after that.

        Katana operation `updateStocktakeById`: `PATCH /stocktakes/{id}`.

        Args:
            id: Stocktake id
            body: The request body (`UpdateStocktakeDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Stocktake` Katana answered with, if it sent one (the API
            documents no body), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        return (await self._send(update_stocktake_by_id.OPERATION, locals())).parsed

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a stocktake.

        Deletes a single stocktake by id.

        Katana operation `deleteStocktakeById`: `DELETE /stocktakes/{id}`.

        Args:
            id: Stocktake id
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
        await self._send(delete_stocktake_by_id.OPERATION, locals())


class StocktakesRawResource:
    """`client.stocktakes.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: StocktakesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_stocktakes.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class StocktakesSyncResource(SyncResource):
    """`SyncKatanaClient.stocktakes`: the actions of `StocktakesResource`, blocking."""

    list = blocking_list(StocktakesResource.list)
    create = blocking(StocktakesResource.create)
    update = blocking(StocktakesResource.update)
    delete = blocking(StocktakesResource.delete)

    @cached_property
    def with_raw_response(self) -> StocktakesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return StocktakesSyncRawResource(self._resource, self._client)


class StocktakesSyncRawResource(SyncResource):
    """`SyncKatanaClient.stocktakes.with_raw_response`: see `StocktakesRawResource`."""

    list = blocking_page(find_stocktakes.asyncio_detailed)
    create = blocking_raw(StocktakesResource.create)
    update = blocking_raw(StocktakesResource.update)
    delete = blocking_raw(StocktakesResource.delete)
