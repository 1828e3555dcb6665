"""`client.price_list_rows`: the Katana operations tagged `price_list_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.price_list_rows import (
    create_price_list_row,
    delete_price_list_row,
    get_all_price_list_rows,
    get_price_list_row,
    update_price_list_row,
)
from ..models.create_price_list_rows_dto import CreatePriceListRowsDto
from ..models.patch_price_list_row_dto import PatchPriceListRowDto
from ..models.price_list_row import PriceListRow

__all__ = ["PriceListRowsRawResource", "PriceListRowsResource"]


class PriceListRowsResource(Resource):
    """`client.price_list_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> PriceListRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return PriceListRowsRawResource(self)

    def list(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        variant_ids: builtins.list[int] | Unset = UNSET,
        price_list_ids: builtins.list[int] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PriceListRow]:
        """List all price list rows.

        Returns a list of price list rows you’ve previously created.
        The price list rows are returned in a sorted order,
        with the most recent price list rows appearing first.

        Katana operation `getAllPriceListRows`: `GET /price_list_rows`.

        Args:
            ids: Filters price list rows by an array of IDs
            variant_ids: Filters price list rows by an array of variant IDs
            price_list_ids: Filters price list rows by an array of price list IDs
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `PriceListRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_price_list_rows.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PriceListRow:
        """Retrieve a price list row.

        Retrieves the details of an existing price list row based on ID

        Katana operation `getPriceListRow`: `GET /price_list_rows/{id}`.

        Args:
            id: Price list row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceListRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_price_list_row.OPERATION, locals())

    async def create(
        self,
        body: CreatePriceListRowsDto,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PriceListRow]:
        """Create price list rows.

        Add variants to a price list.

        Katana operation `createPriceListRow`: `POST /price_list_rows`.

        Args:
            body: The request body (`CreatePriceListRowsDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `list[PriceListRow]` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_price_list_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: PatchPriceListRowDto,
        **options: Unpack[RequestOptions],
    ) -> PriceListRow:
        """Update a price list row.

        Updates the specified price list row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updatePriceListRow`: `PATCH /price_list_rows/{id}`.

        Args:
            id: Price list ID
            body: The request body (`PatchPriceListRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceListRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_price_list_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete price list row.

        Deletes a single price list row by id.

        Katana operation `deletePriceListRow`: `DELETE /price_list_rows/{id}`.

        Args:
            id: Price list row id
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
        await self._send(delete_price_list_row.OPERATION, locals())


class PriceListRowsRawResource:
    """`client.price_list_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: PriceListRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_price_list_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class PriceListRowsSyncResource(SyncResource):
    """`SyncKatanaClient.price_list_rows`: the actions of `PriceListRowsResource`, blocking."""

    list = blocking_list(PriceListRowsResource.list)
    get = blocking(PriceListRowsResource.get)
    create = blocking(PriceListRowsResource.create)
    update = blocking(PriceListRowsResource.update)
    delete = blocking(PriceListRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> PriceListRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return PriceListRowsSyncRawResource(self._resource, self._client)


class PriceListRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.price_list_rows.with_raw_response`: see `PriceListRowsRawResource`."""

    list = blocking_page(get_all_price_list_rows.asyncio_detailed)
    get = blocking_raw(PriceListRowsResource.get)
    create = blocking_raw(PriceListRowsResource.create)
    update = blocking_raw(PriceListRowsResource.update)
    delete = blocking_raw(PriceListRowsResource.delete)
