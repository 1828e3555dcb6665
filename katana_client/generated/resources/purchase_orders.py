"""`client.purchase_orders`: the Katana operations tagged `purchase_orders` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Any, Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.purchase_orders import (
    create_purchase_order,
    delete_purchase_order,
    find_purchase_orders,
    get_purchase_order,
    receive_purchase_order,
    update_purchase_order,
)
from ..models.create_purchase_order_dto import CreatePurchaseOrderDto
from ..models.find_purchase_orders_billing_status import FindPurchaseOrdersBillingStatus
from ..models.find_purchase_orders_entity_type import FindPurchaseOrdersEntityType
from ..models.find_purchase_orders_extend_item import FindPurchaseOrdersExtendItem
from ..models.find_purchase_orders_last_document_status import FindPurchaseOrdersLastDocumentStatus
from ..models.find_purchase_orders_status import FindPurchaseOrdersStatus
from ..models.get_purchase_order_extend_item import GetPurchaseOrderExtendItem
from ..models.purchase_order import PurchaseOrder
from ..models.purchase_order_row_receive_dto import PurchaseOrderRowReceiveDto
from ..models.update_purchase_order_dto import UpdatePurchaseOrderDto

__all__ = ["PurchaseOrdersRawResource", "PurchaseOrdersResource"]


class PurchaseOrdersResource(Resource):
    """`client.purchase_orders`: `list`, `get`, `create`, `update`, `delete`, `receive`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> PurchaseOrdersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return PurchaseOrdersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        status: FindPurchaseOrdersStatus | Unset = UNSET,
        order_no: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        billing_status: FindPurchaseOrdersBillingStatus | Unset = UNSET,
        last_document_status: FindPurchaseOrdersLastDocumentStatus | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        entity_type: FindPurchaseOrdersEntityType | Unset = UNSET,
        tracking_location_id: int | Unset = UNSET,
        extend: builtins.list[FindPurchaseOrdersExtendItem] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PurchaseOrder]:
        """List all purchase orders.

        Returns a list of purchase orders you’ve previously created. The purchase orders are
        returned in sorted
        order, with the most recent purchase orders appearing first.

        Katana operation `findPurchaseOrders`: `GET /purchase_orders`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters purchase orders by an array of IDs
            status: Filters purchase orders by a status
            order_no: Filters purchase orders by an order number
            currency: Filters purchase orders by a currency
            billing_status: Filters purchase orders by a billing status
            last_document_status: Query parameter `last_document_status`.
            supplier_id: Filters purchase orders by a supplier
            location_id: Filters purchase orders by a location
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            entity_type: Filters purchase orders by an entity type
            tracking_location_id: Filters purchase orders by a tracking location
            extend: Array of objects that need to be added to the response
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `PurchaseOrder`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_purchase_orders.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        *,
        extend: builtins.list[GetPurchaseOrderExtendItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PurchaseOrder:
        """Retrieve a purchase order.

        Retrieves the details of an existing purchase order based on ID

        Katana operation `getPurchaseOrder`: `GET /purchase_orders/{id}`.

        Args:
            id: Purchase order id
            extend: Array of objects that need to be added to the response
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PurchaseOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_purchase_order.OPERATION, locals())

    async def create(
        self,
        body: CreatePurchaseOrderDto,
        **options: Unpack[RequestOptions],
    ) -> PurchaseOrder:
        """Create a purchase order.

        Creates a new purchase order object.

        Katana operation `createPurchaseOrder`: `POST /purchase_orders`.

        Args:
            body: The request body (`CreatePurchaseOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PurchaseOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_purchase_order.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdatePurchaseOrderDto,
        **options: Unpack[RequestOptions],
    ) -> PurchaseOrder:
        """Update a purchase order.

        Updates the specified purchase order by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updatePurchaseOrder`: `PATCH /purchase_orders/{id}`.

        Args:
            id: Purchase order id
            body: The request body (`UpdatePurchaseOrderDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PurchaseOrder` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_purchase_order.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete purchase order.

        Deletes a single purchase order by id.

        Katana operation `deletePurchaseOrder`: `DELETE /purchase_orders/{id}`.

        Args:
            id: Purchase order id
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
        await self._send(delete_purchase_order.OPERATION, locals())

    async def receive(
        self,
        body: PurchaseOrderRowReceiveDto | builtins.list[PurchaseOrderRowReceiveDto],
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Receive a purchase order.

        If you receive the items on the purchase order, you can mark the purchase order as
        received.
        This will update the existing purchase order rows quantities to the quantities left
        unreceived and
        create a new rows with the received quantities and dates. If you want to mark all rows
        as received and
        the order doesn’t contain batch tracked items, you can use PATCH /purchase_orders/id
        endpoint.
        Reverting the receive must also be done through that endpoint.

        Katana operation `receivePurchaseOrder`: `POST /purchase_order_receive`.

        Args:
            body: The request body (`PurchaseOrderRowReceiveDto | list[PurchaseOrderRowReceiveDto]`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        """

        return (await self._send(receive_purchase_order.OPERATION, locals())).parsed


class PurchaseOrdersRawResource:
    """`client.purchase_orders.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: PurchaseOrdersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_purchase_orders.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.receive = raw(resource.receive)


class PurchaseOrdersSyncResource(SyncResource):
    """`SyncKatanaClient.purchase_orders`: the actions of `PurchaseOrdersResource`, blocking."""

    list = blocking_list(PurchaseOrdersResource.list)
    get = blocking(PurchaseOrdersResource.get)
    create = blocking(PurchaseOrdersResource.create)
    update = blocking(PurchaseOrdersResource.update)
    delete = blocking(PurchaseOrdersResource.delete)
    receive = blocking(PurchaseOrdersResource.receive)

    @cached_property
    def with_raw_response(self) -> PurchaseOrdersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return PurchaseOrdersSyncRawResource(self._resource, self._client)


class PurchaseOrdersSyncRawResource(SyncResource):
    """`SyncKatanaClient.purchase_orders.with_raw_response`: see `PurchaseOrdersRawResource`."""

    list = blocking_page(find_purchase_orders.asyncio_detailed)
    get = blocking_raw(PurchaseOrdersResource.get)
    create = blocking_raw(PurchaseOrdersResource.create)
    update = blocking_raw(PurchaseOrdersResource.update)
    delete = blocking_raw(PurchaseOrdersResource.delete)
    receive = blocking_raw(PurchaseOrdersResource.receive)
