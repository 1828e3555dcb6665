"""`client.sales_order_fulfillments`: the Katana operations tagged `sales_order_fulfillments` (generated; do not edit)."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_order_fulfillments import (
    create_sales_order_fulfillment,
    delete_sales_order_fulfillment,
    get_all_sales_order_fulfillments,
    get_sales_order_fulfillment,
    update_sales_order_fulfillment,
)
from ..models.create_sales_order_fulfillment_dto import CreateSalesOrderFulfillmentDto
from ..models.get_all_sales_order_fulfillments_invoice_status import (
    GetAllSalesOrderFulfillmentsInvoiceStatus,
)
from ..models.get_all_sales_order_fulfillments_status import GetAllSalesOrderFulfillmentsStatus
from ..models.sales_order_fulfillment import SalesOrderFulfillment
from ..models.update_sales_order_fulfillment_dto import UpdateSalesOrderFulfillmentDto

__all__ = ["SalesOrderFulfillmentsRawResource", "SalesOrderFulfillmentsResource"]


class SalesOrderFulfillmentsResource(Resource):
    """`client.sales_order_fulfillments`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesOrderFulfillmentsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesOrderFulfillmentsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        picked_date_min: str | Unset = UNSET,
        tracking_number: str | Unset = UNSET,
        tracking_url: str | Unset = UNSET,
        tracking_carrier: str | Unset = UNSET,
        tracking_method: str | Unset = UNSET,
        sales_order_id: int | Unset = UNSET,
        status: GetAllSalesOrderFulfillmentsStatus | Unset = UNSET,
        invoice_status: GetAllSalesOrderFulfillmentsInvoiceStatus | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrderFulfillment]:
        """List all sales order fulfillments.

        Returns a list of sales order fulfillments you’ve previously created.
        The sales order fulfillments are returned in a sorted order,
        with the most recent sales order fulfillments appearing first.

        Katana operation `getAllSalesOrderFulfillments`: `GET /sales_order_fulfillments`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            picked_date_min: Filters sales order fulfillments by a picked date min
            tracking_number: Filters sales order fulfillments by a tracking number
            tracking_url: Filters sales order fulfillments by a tracking url
            tracking_carrier: Filters sales order fulfillments by a tracking carrier
            tracking_method: Filters sales order fulfillments by a tracking method
            sales_order_id: Filters sales order fulfillments by a sales order id
            status: Filters sales order fulfillments by a status
            invoice_status: Query parameter `invoice_status`.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrderFulfillment`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_sales_order_fulfillments.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        *,
        include_deleted: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderFulfillment:
        """Retrieve a sales order fulfillment.

        Retrieves the details of an existing sales order fulfillment based on ID

        Katana operation `getSalesOrderFulfillment`: `GET /sales_order_fulfillments/{id}`.

        Args:
            id: Sales order fulfillment id
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderFulfillment` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_sales_order_fulfillment.OPERATION, locals())

    async def create(
        self,
        body: CreateSalesOrderFulfillmentDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderFulfillment:
        """Create a sales order fulfillment.

        Creates a new fulfillment for an existing sales order.

        Katana operation `createSalesOrderFulfillment`: `POST /sales_order_fulfillments`.

        Args:
            body: The request body (`CreateSalesOrderFulfillmentDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderFulfillment` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_sales_order_fulfillment.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateSalesOrderFulfillmentDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderFulfillment:
        """Update a sales order fulfillment.

        Updates the specified sales order fulfillment by setting the values of the parameters
        passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSalesOrderFulfillment`: `PATCH /sales_order_fulfillments/{id}`.

        Args:
            id: Sales order fulfillment id
            body: The request body (`UpdateSalesOrderFulfillmentDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderFulfillment` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_sales_order_fulfillment.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a sales order fulfillment.

        Deletes a single sales order fulfillment by id.

        Katana operation `deleteSalesOrderFulfillment`: `DELETE /sales_order_fulfillments/{id}`.

        Args:
            id: Sales order fulfillment id
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
        await self._send(delete_sales_order_fulfillment.OPERATION, locals())


class SalesOrderFulfillmentsRawResource:
    """`client.sales_order_fulfillments.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesOrderFulfillmentsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_sales_order_fulfillments.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class SalesOrderFulfillmentsSyncResource(SyncResource):
    """`SyncKatanaClient.sales_order_fulfillments`: the actions of `SalesOrderFulfillmentsResource`, blocking."""

    list = blocking_list(SalesOrderFulfillmentsResource.list)
    get = blocking(SalesOrderFulfillmentsResource.get)
    create = blocking(SalesOrderFulfillmentsResource.create)
    update = blocking(SalesOrderFulfillmentsResource.update)
    delete = blocking(SalesOrderFulfillmentsResource.delete)

    @cached_property
    def with_raw_response(self) -> SalesOrderFulfillmentsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesOrderFulfillmentsSyncRawResource(self._resource, self._client)


class SalesOrderFulfillmentsSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_order_fulfillments.with_raw_response`: see `SalesOrderFulfillmentsRawResource`."""

    list = blocking_page(get_all_sales_order_fulfillments.asyncio_detailed)
    get = blocking_raw(SalesOrderFulfillmentsResource.get)
    create = blocking_raw(SalesOrderFulfillmentsResource.create)
    update = blocking_raw(SalesOrderFulfillmentsResource.update)
    delete = blocking_raw(SalesOrderFulfillmentsResource.delete)
