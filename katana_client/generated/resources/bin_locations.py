"""`client.bin_locations`: the Katana operations tagged `bin_locations` (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.bin_locations import (
    create_bin_location,
    delete_bin_location,
    get_all_bin_locations,
    update_bin_location,
)
from ..models.bin_location import BinLocation
from ..models.bin_location_create_dto import BinLocationCreateDto
from ..models.bin_location_update_dto import BinLocationUpdateDto

__all__ = ["BinLocationsRawResource", "BinLocationsResource"]


class BinLocationsResource(Resource):
    """`client.bin_locations`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BinLocationsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BinLocationsRawResource(self)

    def list(
        self,
        *,
        location_id: int | Unset = UNSET,
        bin_name: str | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BinLocation]:
        """List all bin locations.

        Returns a list of bin locations you’ve previously created.
        The bin locations are returned in sorted order, with the most recent bin location
        appearing first.

        Katana operation `getAllBinLocations`: `GET /bin_locations`.

        Args:
            location_id: Filters bin locations by location. By default bin locations are returned for all
                locations
            bin_name: Filters bin locations by name
            ids: Query parameter `ids`.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `BinLocation`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_bin_locations.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: BinLocationCreateDto,
        **options: Unpack[RequestOptions],
    ) -> BinLocation:
        """Create a bin location.

        Creates a new bin location for the given location.

        Katana operation `createBinLocation`: `POST /bin_locations`.

        Args:
            body: The request body (`BinLocationCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinLocation` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_bin_location.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: BinLocationUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> BinLocation:
        """Update a bin location.

        Updates the specified bin location by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateBinLocation`: `PATCH /bin_locations/{id}`.

        Args:
            id: Bin location id
            body: The request body (`BinLocationUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinLocation` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_bin_location.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a bin location.

        Deletes a bin location by id.

        Katana operation `deleteBinLocation`: `DELETE /bin_locations/{id}`.

        Args:
            id: Bin location id
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
        await self._send(delete_bin_location.OPERATION, locals())


class BinLocationsRawResource:
    """`client.bin_locations.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BinLocationsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_bin_locations.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class BinLocationsSyncResource(SyncResource):
    """`SyncKatanaClient.bin_locations`: the actions of `BinLocationsResource`, blocking."""

    list = blocking_list(BinLocationsResource.list)
    create = blocking(BinLocationsResource.create)
    update = blocking(BinLocationsResource.update)
    delete = blocking(BinLocationsResource.delete)

    @cached_property
    def with_raw_response(self) -> BinLocationsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BinLocationsSyncRawResource(self._resource, self._client)


class BinLocationsSyncRawResource(SyncResource):
    """`SyncKatanaClient.bin_locations.with_raw_response`: see `BinLocationsRawResource`."""

    list = blocking_page(get_all_bin_locations.asyncio_detailed)
    create = blocking_raw(BinLocationsResource.create)
    update = blocking_raw(BinLocationsResource.update)
    delete = blocking_raw(BinLocationsResource.delete)
