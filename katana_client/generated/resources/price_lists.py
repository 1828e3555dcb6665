"""`client.price_lists`: the Katana operations tagged `price_lists` (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.price_lists import (
    create_price_list,
    delete_price_list,
    get_all_price_lists,
    get_price_list,
    update_price_list,
)
from ..models.price_list import PriceList
from ..models.price_list_create_dto import PriceListCreateDto
from ..models.price_list_patch_dto import PriceListPatchDto

__all__ = ["PriceListsRawResource", "PriceListsResource"]


class PriceListsResource(Resource):
    """`client.price_lists`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> PriceListsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return PriceListsRawResource(self)

    def list(
        self,
        *,
        name: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PriceList]:
        """List all price lists.

        Returns a list of price lists you’ve previously created.
        The price lists are returned in a sorted order,
        with the most recent price lists appearing first.

        Katana operation `getAllPriceLists`: `GET /price_lists`.

        Args:
            name: Filters price lists by an name
            is_active: Filters price lists by a status
            ids: Filters price lists by an array of IDs
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `PriceList`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_price_lists.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PriceList:
        """Retrieve a price list.

        Retrieves the details of an existing price list based on ID

        Katana operation `getPriceList`: `GET /price_lists/{id}`.

        Args:
            id: Price list id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceList` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_price_list.OPERATION, locals())

    async def create(
        self,
        body: PriceListCreateDto,
        **options: Unpack[RequestOptions],
    ) -> PriceList:
        """Create a price list.

        Creates a new price list.

        Katana operation `createPriceList`: `POST /price_lists`.

        Args:
            body: The request body (`PriceListCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceList` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_price_list.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: PriceListPatchDto,
        **options: Unpack[RequestOptions],
    ) -> PriceList:
        """Update a price list.

        Updates the specified price list by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updatePriceList`: `PATCH /price_lists/{id}`.

        Args:
            id: Price list ID
            body: The request body (`PriceListPatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceList` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_price_list.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a price list.

        Deletes a single price list by id.

        Katana operation `deletePriceList`: `DELETE /price_lists/{id}`.

        Args:
            id: Price list id
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
        await self._send(delete_price_list.OPERATION, locals())


class PriceListsRawResource:
    """`client.price_lists.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: PriceListsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_price_lists.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class PriceListsSyncResource(SyncResource):
    """`SyncKatanaClient.price_lists`: the actions of `PriceListsResource`, blocking."""

    list = blocking_list(PriceListsResource.list)
    get = blocking(PriceListsResource.get)
    create = blocking(PriceListsResource.create)
    update = blocking(PriceListsResource.update)
    delete = blocking(PriceListsResource.delete)

    @cached_property
    def with_raw_response(self) -> PriceListsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return PriceListsSyncRawResource(self._resource, self._client)


class PriceListsSyncRawResource(SyncResource):
    """`SyncKatanaClient.price_lists.with_raw_response`: see `PriceListsRawResource`."""

    list = blocking_page(get_all_price_lists.asyncio_detailed)
    get = blocking_raw(PriceListsResource.get)
    create = blocking_raw(PriceListsResource.create)
    update = blocking_raw(PriceListsResource.update)
    delete = blocking_raw(PriceListsResource.delete)
