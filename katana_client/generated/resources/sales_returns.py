"""`client.sales_returns`: the Katana operations tagged `sales_returns` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_returns import (
    create_sales_return,
    delete_sales_return,
    get_all_sales_returns,
    get_return_reasons,
    get_sales_return,
    update_sales_return,
)
from ..models.create_sales_return_dto import CreateSalesReturnDto
from ..models.get_all_sales_returns_refund_status import GetAllSalesReturnsRefundStatus
from ..models.get_all_sales_returns_status import GetAllSalesReturnsStatus
from ..models.return_reason import ReturnReason
from ..models.sales_return import SalesReturn
from ..models.sales_return_patch_dto import SalesReturnPatchDto

__all__ = ["SalesReturnsRawResource", "SalesReturnsResource"]


class SalesReturnsResource(Resource):
    """`client.sales_returns`: `list`, `get`, `create`, `update`, `delete`, `return_reasons`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesReturnsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesReturnsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        return_location_id: int | Unset = UNSET,
        order_no: str | Unset = UNSET,
        sales_order_no: str | Unset = UNSET,
        status: GetAllSalesReturnsStatus | Unset = UNSET,
        refund_status: GetAllSalesReturnsRefundStatus | Unset = UNSET,
        order_created_date_min: str | Unset = UNSET,
        order_created_date_max: str | Unset = UNSET,
        order_return_date_min: str | Unset = UNSET,
        order_return_date_max: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesReturn]:
        """List all sales returns.

        Returns a list of sales returns you've previously created.
        The sales returns are returned in a sorted order,
        with the most recent sales return appearing first.

        Katana operation `getAllSalesReturns`: `GET /sales_returns`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters sales returns by an array of IDs
            return_location_id: Query parameter `return_location_id`.
            order_no: Query parameter `order_no`.
            sales_order_no: Query parameter `sales_order_no`.
            status: Filters sales returns by a (return) status
            refund_status: Filters sales returns by a refund status
            order_created_date_min: Minimum value for order_created_date range. Must be compatible with ISO 8601 format
            order_created_date_max: Maximum value for order_created_date range. Must be compatible with ISO 8601 format
            order_return_date_min: Query parameter `order_return_date_min`.
            order_return_date_max: Query parameter `order_return_date_max`.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesReturn`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_sales_returns.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SalesReturn:
        """Retrieve a sales return.

        Retrieves the details of an existing sales return based on ID

        Katana operation `getSalesReturn`: `GET /sales_returns/{id}`.

        Args:
            id: Sales return id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesReturn` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_sales_return.OPERATION, locals())

    async def create(
        self,
        body: CreateSalesReturnDto | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SalesReturn:
        """Create a sales return.

        Creates a new sales return object.

        Katana operation `createSalesReturn`: `POST /sales_returns`.

        Args:
            body: The request body (`CreateSalesReturnDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesReturn` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_sales_return.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: SalesReturnPatchDto,
        **options: Unpack[RequestOptions],
    ) -> SalesReturn:
        """Update a sales return.

        Updates the specified sales return by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSalesReturn`: `PATCH /sales_returns/{id}`.

        Args:
            id: Sales return id
            body: The request body (`SalesReturnPatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesReturn` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_sales_return.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete sales return.

        Deletes a single sales return by id.

        Katana operation `deleteSalesReturn`: `DELETE /sales_returns/{id}`.

        Args:
            id: Sales return id
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
        await self._send(delete_sales_return.OPERATION, locals())

    def return_reasons(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ReturnReason]:
        """Get return reasons.

        Katana operation `getReturnReasons`: `GET /sales_returns/return_reasons`.

        Args:
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ReturnReason`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_return_reasons.asyncio_detailed, self._client, locals())


class SalesReturnsRawResource:
    """`client.sales_returns.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesReturnsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_sales_returns.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.return_reasons = page_of(get_return_reasons.asyncio_detailed, resource)


class SalesReturnsSyncResource(SyncResource):
    """`SyncKatanaClient.sales_returns`: the actions of `SalesReturnsResource`, blocking."""

    list = blocking_list(SalesReturnsResource.list)
    get = blocking(SalesReturnsResource.get)
    create = blocking(SalesReturnsResource.create)
    update = blocking(SalesReturnsResource.update)
    delete = blocking(SalesReturnsResource.delete)
    return_reasons = blocking_list(SalesReturnsResource.return_reasons)

    @cached_property
    def with_raw_response(self) -> SalesReturnsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesReturnsSyncRawResource(self._resource, self._client)


class SalesReturnsSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_returns.with_raw_response`: see `SalesReturnsRawResource`."""

    list = blocking_page(get_all_sales_returns.asyncio_detailed)
    get = blocking_raw(SalesReturnsResource.get)
    create = blocking_raw(SalesReturnsResource.create)
    update = blocking_raw(SalesReturnsResource.update)
    delete = blocking_raw(SalesReturnsResource.delete)
    return_reasons = blocking_page(get_return_reasons.asyncio_detailed)
