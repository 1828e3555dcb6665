"""`client.sales_order_shipping_fees`: the Katana operations tagged `sales_order_shipping_fees` (generated; do not edit)."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_order_shipping_fees import (
    add_shipping_fee,
    delete_shipping_fee,
    get_all_shipping_fees,
    get_shipping_fee,
    update_shipping_fee,
)
from ..models.add_shipping_fee_dto import AddShippingFeeDto
from ..models.sales_order_shipping_fee import SalesOrderShippingFee
from ..models.update_shipping_fee_dto import UpdateShippingFeeDto

__all__ = ["SalesOrderShippingFeesRawResource", "SalesOrderShippingFeesResource"]


class SalesOrderShippingFeesResource(Resource):
    """`client.sales_order_shipping_fees`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesOrderShippingFeesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesOrderShippingFeesRawResource(self)

    def list(
        self,
        *,
        sales_order_id: int | Unset = UNSET,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrderShippingFee]:
        """List all shipping fees.

        Returns a list of shipping fees you’ve previously created.

        Katana operation `getAllShippingFees`: `GET /sales_order_shipping_fee`.

        Args:
            sales_order_id: Query parameter `sales_order_id`.
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrderShippingFee`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_shipping_fees.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderShippingFee:
        """Retrieve a shipping fee.

        Retrieves the details of an existing shipping fee based on ID

        Katana operation `getShippingFee`: `GET /sales_order_shipping_fee/{id}`.

        Args:
            id: Shipping fee id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderShippingFee` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_shipping_fee.OPERATION, locals())

    async def create(
        self,
        body: AddShippingFeeDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderShippingFee:
        """Creates a sales order shipping fee and add it to sales order.

        Creates a sales order shipping fee and add it to sales order.

        Katana operation `addShippingFee`: `POST /sales_order_shipping_fee`.

        Args:
            body: The request body (`AddShippingFeeDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderShippingFee` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(add_shipping_fee.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateShippingFeeDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderShippingFee:
        """Update a shipping fee.

        Updates the specified shipping fee by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateShippingFee`: `PATCH /sales_order_shipping_fee/{id}`.

        Args:
            id: Shipping fee id
            body: The request body (`UpdateShippingFeeDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderShippingFee` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_shipping_fee.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes shipping fee, also removes it from attached sales order.

        Deletes shipping fee, also removes it from attached sales order

        Katana operation `deleteShippingFee`: `DELETE /sales_order_shipping_fee/{id}`.

        Args:
            id: Shipping fee id
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
        await self._send(delete_shipping_fee.OPERATION, locals())


class SalesOrderShippingFeesRawResource:
    """`client.sales_order_shipping_fees.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesOrderShippingFeesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_shipping_fees.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class SalesOrderShippingFeesSyncResource(SyncResource):
    """`SyncKatanaClient.sales_order_shipping_fees`: the actions of `SalesOrderShippingFeesResource`, blocking."""

    list = blocking_list(SalesOrderShippingFeesResource.list)
    get = blocking(SalesOrderShippingFeesResource.get)
    create = blocking(SalesOrderShippingFeesResource.create)
    update = blocking(SalesOrderShippingFeesResource.update)
    delete = blocking(SalesOrderShippingFeesResource.delete)

    @cached_property
    def with_raw_response(self) -> SalesOrderShippingFeesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesOrderShippingFeesSyncRawResource(self._resource, self._client)


class SalesOrderShippingFeesSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_order_shipping_fees.with_raw_response`: see `SalesOrderShippingFeesRawResource`."""

    list = blocking_page(get_all_shipping_fees.asyncio_detailed)
    get = blocking_raw(SalesOrderShippingFeesResource.get)
    create = blocking_raw(SalesOrderShippingFeesResource.create)
    update = blocking_raw(SalesOrderShippingFeesResource.update)
    delete = blocking_raw(SalesOrderShippingFeesResource.delete)
