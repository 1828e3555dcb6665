"""`client.manufacturing_orders`: the Katana operations tagged `manufacturing_orders` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Any, Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.manufacturing_orders import (
    create_manufacturing_order,
    delete_manufacturing_order,
    get_all_manufacturing_orders,
    get_manufacturing_order,
    make_to_order_manufacturing_order,
    unlink_manufacturing_order,
    update_manufacturing_order,
)
from ..models.create_make_to_order_manufacturing_order_dto import (
    CreateMakeToOrderManufacturingOrderDto,
)
from ..models.create_manufacturing_order_dto import CreateManufacturingOrderDto
from ..models.get_all_manufacturing_orders_status import GetAllManufacturingOrdersStatus
from ..models.manufacturing_order import ManufacturingOrder
from ..models.unlink_manufacturing_order_dto import UnlinkManufacturingOrderDto
from ..models.update_manufacturing_order_dto import UpdateManufacturingOrderDto

__all__ = ["ManufacturingOrdersRawResource", "ManufacturingOrdersResource"]


class ManufacturingOrdersResource(Resource):
    """`client.manufacturing_orders`: `list`, `get`, `create`, `update`, `delete`, `make_to_order`, `unlink`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ManufacturingOrdersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ManufacturingOrdersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        status: GetAllManufacturingOrdersStatus | Unset = UNSET,
        order_no: str | Unset = UNSET,
        location_id: int | Unset = UNSET,
        is_linked_to_sales_order: bool | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ManufacturingOrder]:
        """List all manufacturing orders.

        Returns a list of manufacturing orders you’ve previously created.
        The manufacturing orders are returned in sorted order, with the most recent
        manufacturing orders appearing first.

        Katana operation `getAllManufacturingOrders`: `GET /manufacturing_orders`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters manufacturing orders by an array of IDs
            status: Filters manufacturing orders by a status.
            order_no: Filters manufacturing orders by an order number.
            location_id: Filters manufacturing orders by location.
            is_linked_to_sales_order: Filters based on whether a manufacturing order is linked to a sales order or not.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ManufacturingOrder`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_manufacturing_orders.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrder:
        """Retrieve a manufacturing order.

        Retrieves the details of an existing manufacturing order based on ID.

        Katana operation `getManufacturingOrder`: `GET /manufacturing_orders/{id}`.

        Args:
            id: Manufacturing order id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_manufacturing_order.OPERATION, locals())

    async def create(
        self,
        body: CreateManufacturingOrderDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrder:
        """Create a manufacturing order.

        Creates a new manufacturing order object. Manufacturing order recipe and
        operation rows are created automatically based on the product recipe and operations.

        Katana operation `createManufacturingOrder`: `POST /manufacturing_orders`.

        Args:
            body: The request body (`CreateManufacturingOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_manufacturing_order.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateManufacturingOrderDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrder:
        """Update a manufacturing order.

        Updates the specified manufacturing order by setting the values of the parameters
        passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateManufacturingOrder`: `PATCH /manufacturing_orders/{id}`.

        Args:
            id: manufacturing order id
            body: The request body (`UpdateManufacturingOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_manufacturing_order.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a manufacturing order.

        Deletes a single manufacturing order by id.

        Katana operation `deleteManufacturingOrder`: `DELETE /manufacturing_orders/{id}`.

        Args:
            id: Manufacturing order id
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
        await self._send(delete_manufacturing_order.OPERATION, locals())

    async def make_to_order(
        self,
        body: CreateMakeToOrderManufacturingOrderDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrder:
        """Create a make-to-order manufacturing order.

        Creates a new manufacturing order object that is linked to a specific sales order row.

        Katana operation `makeToOrderManufacturingOrder`: `POST /manufacturing_order_make_to_order`.

        Args:
            body: The request body (`CreateMakeToOrderManufacturingOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(make_to_order_manufacturing_order.OPERATION, locals())

    async def unlink(
        self,
        body: UnlinkManufacturingOrderDto,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Unlink a manufacturing order from sales order row.

        Unlinks the manufacturing order from a particular sales order row.

        Katana operation `unlinkManufacturingOrder`: `POST /manufacturing_order_unlink`.

        Args:
            body: The request body (`UnlinkManufacturingOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        """

        return (await self._send(unlink_manufacturing_order.OPERATION, locals())).parsed


class ManufacturingOrdersRawResource:
    """`client.manufacturing_orders.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ManufacturingOrdersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_manufacturing_orders.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.make_to_order = raw(resource.make_to_order)
        self.unlink = raw(resource.unlink)


class ManufacturingOrdersSyncResource(SyncResource):
    """`SyncKatanaClient.manufacturing_orders`: the actions of `ManufacturingOrdersResource`, blocking."""

    list = blocking_list(ManufacturingOrdersResource.list)
    get = blocking(ManufacturingOrdersResource.get)
    create = blocking(ManufacturingOrdersResource.create)
    update = blocking(ManufacturingOrdersResource.update)
    delete = blocking(ManufacturingOrdersResource.delete)
    make_to_order = blocking(ManufacturingOrdersResource.make_to_order)
    unlink = blocking(ManufacturingOrdersResource.unlink)

    @cached_property
    def with_raw_response(self) -> ManufacturingOrdersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ManufacturingOrdersSyncRawResource(self._resource, self._client)


class ManufacturingOrdersSyncRawResource(SyncResource):
    """`SyncKatanaClient.manufacturing_orders.with_raw_response`: see `ManufacturingOrdersRawResource`."""

    list = blocking_page(get_all_manufacturing_orders.asyncio_detailed)
    get = blocking_raw(ManufacturingOrdersResource.get)
    create = blocking_raw(ManufacturingOrdersResource.create)
    update = blocking_raw(ManufacturingOrdersResource.update)
    delete = blocking_raw(ManufacturingOrdersResource.delete)
    make_to_order = blocking_raw(ManufacturingOrdersResource.make_to_order)
    unlink = blocking_raw(ManufacturingOrdersResource.unlink)
