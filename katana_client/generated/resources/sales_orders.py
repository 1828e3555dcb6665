"""`client.sales_orders`: the Katana operations tagged `sales_orders` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_orders import (
    create_sales_order,
    delete_sales_order,
    get_all_sales_orders,
    get_returnable_items,
    get_sales_order,
    search_sales_orders,
    update_sales_order,
)
from ..models.create_sales_order_dto import CreateSalesOrderDto
from ..models.get_all_sales_orders_ingredient_availability import (
    GetAllSalesOrdersIngredientAvailability,
)
from ..models.get_all_sales_orders_product_availability import GetAllSalesOrdersProductAvailability
from ..models.get_all_sales_orders_production_status import GetAllSalesOrdersProductionStatus
from ..models.returnable_item import ReturnableItem
from ..models.sales_order import SalesOrder
from ..models.search_sales_orders_dto import SearchSalesOrdersDto
from ..models.update_sales_order_dto import UpdateSalesOrderDto

__all__ = ["SalesOrdersRawResource", "SalesOrdersResource"]


class SalesOrdersResource(Resource):
    """`client.sales_orders`: `list`, `get`, `create`, `update`, `delete`, `returnable_items`, `search`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesOrdersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesOrdersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        order_no: str | Unset = UNSET,
        source: str | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        location_id: int | Unset = UNSET,
        invoicing_status: str | Unset = UNSET,
        product_availability: GetAllSalesOrdersProductAvailability | Unset = UNSET,
        ingredient_availability: GetAllSalesOrdersIngredientAvailability | Unset = UNSET,
        production_status: GetAllSalesOrdersProductionStatus | Unset = UNSET,
        status: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        ecommerce_order_type: str | Unset = UNSET,
        ecommerce_store_name: str | Unset = UNSET,
        ecommerce_order_id: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrder]:
        """List all sales orders.

        Returns a list of sales orders you’ve previously created.
        The sales orders are returned in a sorted order,
        with the most recent sales orders appearing first.

        Katana operation `getAllSalesOrders`: `GET /sales_orders`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters sales orders by an array of IDs
            order_no: Filters sales orders by an order number
            source: Filters sales orders by a creation source
            customer_id: Filters sales orders by customer
            location_id: Filters sales orders by location
            invoicing_status: Filters sales orders by an invoicing status
            product_availability: Filters sales orders by product availability
            ingredient_availability: Filters sales orders by ingredient availability
            production_status: Filters sales orders by production status
            status: Filters sales orders by a status
            currency: Filters sales orders by currency
            ecommerce_order_type: Filters sales orders by an e-commerce order type
            ecommerce_store_name: Filters sales orders by an e-commerce store name
            ecommerce_order_id: Filters sales orders by an e-commerce order id
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrder`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_sales_orders.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SalesOrder:
        """Retrieve a sales order.

        Retrieves the details of an existing sales order based on ID

        Katana operation `getSalesOrder`: `GET /sales_orders/{id}`.

        Args:
            id: Sales order id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_sales_order.OPERATION, locals())

    async def create(
        self,
        body: CreateSalesOrderDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrder:
        """Create a sales order.

        Creates a new sales order object.

        Katana operation `createSalesOrder`: `POST /sales_orders`.

        Args:
            body: The request body (`CreateSalesOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_sales_order.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateSalesOrderDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrder:
        """Update a sales order.

        Updates the specified sales order by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSalesOrder`: `PATCH /sales_orders/{id}`.

        Args:
            id: Sales order id
            body: The request body (`UpdateSalesOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_sales_order.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete sales order.

        Deletes a single sales order by id.

        Katana operation `deleteSalesOrder`: `DELETE /sales_orders/{id}`.

        Args:
            id: Sales order id
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
        await self._send(delete_sales_order.OPERATION, locals())

    def returnable_items(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ReturnableItem]:
        """Get returnable items.

        Get returnable items for a sales order

        Katana operation `getReturnableItems`: `GET /sales_orders/{id}/returnable_items`.

        Args:
            id: Sales order id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ReturnableItem`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_returnable_items.asyncio_detailed, self._client, locals())

    def search(
        self,
        body: SearchSalesOrdersDto,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrder]:
        """Search sales orders with advanced filters.

        > 🚧 **Beta — subject to change.** This endpoint is publicly available, but its
        request/response shape may evolve before General Availability as we incorporate early
        feedback.

        Searches sales orders using a structured filter body with nested logical operators
        (`and`, `or`) and per-field comparators. Use this when the flat query parameters on `GET
        /sales_orders` aren’t expressive enough. The response payload matches `GET
        /sales_orders`.

        Only the fields listed in the request schema may appear in `where` and `order`; unknown
        fields return 422. Custom field values are addressable via `custom_fields.<uuid>` nested
        paths.

        Katana operation `searchSalesOrders`: `POST /sales_orders/search`.

        Args:
            body: The request body (`SearchSalesOrdersDto`), sent as JSON.
            page_size: Records per page (`filter.limit`; default 200).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrder`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(search_sales_orders.asyncio_detailed, self._client, locals())


class SalesOrdersRawResource:
    """`client.sales_orders.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesOrdersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_sales_orders.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.returnable_items = page_of(get_returnable_items.asyncio_detailed, resource)
        self.search = page_of(search_sales_orders.asyncio_detailed, resource)


class SalesOrdersSyncResource(SyncResource):
    """`SyncKatanaClient.sales_orders`: the actions of `SalesOrdersResource`, blocking."""

    list = blocking_list(SalesOrdersResource.list)
    get = blocking(SalesOrdersResource.get)
    create = blocking(SalesOrdersResource.create)
    update = blocking(SalesOrdersResource.update)
    delete = blocking(SalesOrdersResource.delete)
    returnable_items = blocking_list(SalesOrdersResource.returnable_items)
    search = blocking_list(SalesOrdersResource.search)

    @cached_property
    def with_raw_response(self) -> SalesOrdersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesOrdersSyncRawResource(self._resource, self._client)


class SalesOrdersSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_orders.with_raw_response`: see `SalesOrdersRawResource`."""

    list = blocking_page(get_all_sales_orders.asyncio_detailed)
    get = blocking_raw(SalesOrdersResource.get)
    create = blocking_raw(SalesOrdersResource.create)
    update = blocking_raw(SalesOrdersResource.update)
    delete = blocking_raw(SalesOrdersResource.delete)
    returnable_items = blocking_page(get_returnable_items.asyncio_detailed)
    search = blocking_page(search_sales_orders.asyncio_detailed)
