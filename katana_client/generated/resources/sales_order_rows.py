"""`client.sales_order_rows`: the Katana operations tagged `sales_order_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_order_rows import (
    create_sales_order_row,
    delete_sales_order_row,
    get_all_sales_order_rows,
    retrieve_sales_order_row,
    search_sales_order_rows,
    update_sales_order_row,
)
from ..models.create_sales_order_row_with_sales_order_id_dto import (
    CreateSalesOrderRowWithSalesOrderIdDto,
)
from ..models.get_all_sales_order_rows_extend_item import GetAllSalesOrderRowsExtendItem
from ..models.get_all_sales_order_rows_product_availability import (
    GetAllSalesOrderRowsProductAvailability,
)
from ..models.retrieve_sales_order_row_extend_item import RetrieveSalesOrderRowExtendItem
from ..models.sales_order_row import SalesOrderRow
from ..models.search_sales_order_rows_dto import SearchSalesOrderRowsDto
from ..models.update_sales_order_row_dto import UpdateSalesOrderRowDto

__all__ = ["SalesOrderRowsRawResource", "SalesOrderRowsResource"]


class SalesOrderRowsResource(Resource):
    """`client.sales_order_rows`: `list`, `get`, `create`, `update`, `delete`, `search`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesOrderRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesOrderRowsRawResource(self)

    def list(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        sales_order_ids: builtins.list[int] | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        tax_rate_id: int | Unset = UNSET,
        linked_manufacturing_order_id: int | Unset = UNSET,
        location_id: int | Unset = UNSET,
        product_availability: GetAllSalesOrderRowsProductAvailability | Unset = UNSET,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        extend: builtins.list[GetAllSalesOrderRowsExtendItem] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrderRow]:
        """List all sales order rows.

        Returns a list of sales order rows you’ve previously created.
        The sales order rows are returned in a sorted order,
        with the most recent sales order rows appearing first.

        Katana operation `getAllSalesOrderRows`: `GET /sales_order_rows`.

        Args:
            ids: Filters sales order rows by an array of IDs
            sales_order_ids: Filters sales order rows by an array of sales order ids
            variant_id: Filters sales order rows by variant id.
            tax_rate_id: Filters sales order rows by tax rate id.
            linked_manufacturing_order_id: Filters sales order rows manufacturing order id.
            location_id: Filters sales order rows by location
            product_availability: Filters sales order rows by product availability
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            extend: Array of objects that need to be added to the response
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrderRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_sales_order_rows.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        *,
        extend: builtins.list[RetrieveSalesOrderRowExtendItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderRow:
        """Retrieve a sales order row.

        Retrieves the details of an existing sales order row.

        Katana operation `retrieveSalesOrderRow`: `GET /sales_order_rows/{id}`.

        Args:
            id: Sales order row id
            extend: Array of objects that need to be added to the response
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(retrieve_sales_order_row.OPERATION, locals())

    async def create(
        self,
        body: CreateSalesOrderRowWithSalesOrderIdDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderRow:
        """Create a sales order row.

        Add a sales order row to an existing sales order.
        Rows can be added only when the sales order status is NOT_SHIPPED or PENDING.

        Katana operation `createSalesOrderRow`: `POST /sales_order_rows`.

        Args:
            body: The request body (`CreateSalesOrderRowWithSalesOrderIdDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_sales_order_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateSalesOrderRowDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderRow:
        """Update a sales order row.

        Updates the specified sales order row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSalesOrderRow`: `PATCH /sales_order_rows/{id}`.

        Args:
            id: Sales order row id
            body: The request body (`UpdateSalesOrderRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_sales_order_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete sales order row.

        Deletes a single sales order row by id.
        Rows can be deleted only when the sales order row status is NOT_SHIPPED or PENDING

        Katana operation `deleteSalesOrderRow`: `DELETE /sales_order_rows/{id}`.

        Args:
            id: Sales order row id
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
        await self._send(delete_sales_order_row.OPERATION, locals())

    def search(
        self,
        body: SearchSalesOrderRowsDto,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrderRow]:
        """Search sales order rows with advanced filters.

        > 🚧 **Beta — subject to change.** This endpoint is publicly available, but its
        request/response shape may evolve before General Availability as we incorporate early
        feedback.

        Searches sales order rows using a structured filter body with nested logical operators
        (`and`, `or`) and per-field comparators. Use this when the flat query parameters on `GET
        /sales_order_rows` aren’t expressive enough. The response payload matches `GET
        /sales_order_rows`.

        Only the fields listed in the request schema may appear in `where` and `order`; unknown
        fields return 422. Custom field values are addressable via `custom_fields.<uuid>` nested
        paths.

        Katana operation `searchSalesOrderRows`: `POST /sales_order_rows/search`.

        Args:
            body: The request body (`SearchSalesOrderRowsDto`), sent as JSON.
            page_size: Records per page (`filter.limit`; default 200).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrderRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(search_sales_order_rows.asyncio_detailed, self._client, locals())


class SalesOrderRowsRawResource:
    """`client.sales_order_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesOrderRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_sales_order_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.search = page_of(search_sales_order_rows.asyncio_detailed, resource)


class SalesOrderRowsSyncResource(SyncResource):
    """`SyncKatanaClient.sales_order_rows`: the actions of `SalesOrderRowsResource`, blocking."""

    list = blocking_list(SalesOrderRowsResource.list)
    get = blocking(SalesOrderRowsResource.get)
    create = blocking(SalesOrderRowsResource.create)
    update = blocking(SalesOrderRowsResource.update)
    delete = blocking(SalesOrderRowsResource.delete)
    search = blocking_list(SalesOrderRowsResource.search)

    @cached_property
    def with_raw_response(self) -> SalesOrderRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesOrderRowsSyncRawResource(self._resource, self._client)


class SalesOrderRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_order_rows.with_raw_response`: see `SalesOrderRowsRawResource`."""

    list = blocking_page(get_all_sales_order_rows.asyncio_detailed)
    get = blocking_raw(SalesOrderRowsResource.get)
    create = blocking_raw(SalesOrderRowsResource.create)
    update = blocking_raw(SalesOrderRowsResource.update)
    delete = blocking_raw(SalesOrderRowsResource.delete)
    search = blocking_page(search_sales_order_rows.asyncio_detailed)
