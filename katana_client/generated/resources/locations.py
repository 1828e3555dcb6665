"""`client.locations`: the Katana operations tagged `locations` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.locations import (
    get_all_locations,
    get_location,
)
from ..models.location import Location

__all__ = ["LocationsRawResource", "LocationsResource"]


class LocationsResource(Resource):
    """`client.locations`: `list`, `get`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> LocationsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return LocationsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        legal_name: str | Unset = UNSET,
        address_id: int | Unset = UNSET,
        is_primary: bool | Unset = UNSET,
        sales_allowed: bool | Unset = UNSET,
        manufacturing_allowed: bool | Unset = UNSET,
        purchases_allowed: bool | Unset = UNSET,
        rank: Decimal | float | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Location]:
        """List all locations.

        Returns a list of locations you’ve previously created. The locations are returned in
        sorted order,
        with the most recent locations appearing first.

        Katana operation `getAllLocations`: `GET /locations`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters locations by an array of IDs
            name: Filters locations by a name
            legal_name: Filters locations by a legal_name
            address_id: Filters locations by an address_id
            is_primary: Query parameter `is_primary`.
            sales_allowed: Filters locations by a sales_allowed
            manufacturing_allowed: Filters locations by a manufacturing_allowed
            purchases_allowed: Filters locations by a purchases_allowed
            rank: Filters locations by a rank
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Location`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_locations.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Location:
        """Retrieve a location.

        Retrieves the details of an existing location based on ID.

        Katana operation `getLocation`: `GET /locations/{id}`.

        Args:
            id: Location id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Location` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_location.OPERATION, locals())


class LocationsRawResource:
    """`client.locations.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: LocationsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_locations.asyncio_detailed, resource)
        self.get = raw(resource.get)


class LocationsSyncResource(SyncResource):
    """`SyncKatanaClient.locations`: the actions of `LocationsResource`, blocking."""

    list = blocking_list(LocationsResource.list)
    get = blocking(LocationsResource.get)

    @cached_property
    def with_raw_response(self) -> LocationsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return LocationsSyncRawResource(self._resource, self._client)


class LocationsSyncRawResource(SyncResource):
    """`SyncKatanaClient.locations.with_raw_response`: see `LocationsRawResource`."""

    list = blocking_page(get_all_locations.asyncio_detailed)
    get = blocking_raw(LocationsResource.get)
