"""`client.sales_order_addresses`: the Katana operations tagged `sales_order_addresses` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_order_addresses import (
    create_sales_order_address,
    delete_sales_order_address,
    get_sales_order_addresses,
    update_sales_order_address,
)
from ..models.create_sales_order_address_dto import CreateSalesOrderAddressDto
from ..models.sales_order_address import SalesOrderAddress
from ..models.update_sales_order_address_dto import UpdateSalesOrderAddressDto

__all__ = ["SalesOrderAddressesRawResource", "SalesOrderAddressesResource"]


class SalesOrderAddressesResource(Resource):
    """`client.sales_order_addresses`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesOrderAddressesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesOrderAddressesRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        sales_order_ids: builtins.list[int] | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        company: str | Unset = UNSET,
        line_1: str | Unset = UNSET,
        line_2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrderAddress]:
        """List all sales order addresses.

        Returns a list of sales order addresses you’ve previously created.
        The sales order addresses are returned in sorted order, with the most recent sales order
        addresses appearing first.

        Katana operation `getSalesOrderAddresses`: `GET /sales_order_addresses`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters sales order addresses by an array of IDs
            sales_order_ids: Filters sales order addresses by an array of sales order IDs
            entity_type: Filters sales order addresses by a entity_type
            first_name: Filters sales order addresses by a first_name
            last_name: Filters sales order addresses by a last_name
            company: Filters sales order addresses by an company
            line_1: Filters sales order addresses by a line_1
            line_2: Filters sales order addresses by a line_2
            city: Filters sales order addresses by a city
            state: Filters sales order addresses by a state
            zip_: Filters sales order addresses by a zip
            country: Filters sales order addresses by a country
            phone: Filters sales order addresses by a phone
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrderAddress`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_sales_order_addresses.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateSalesOrderAddressDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderAddress:
        """Create a sales order address.

        Creates a new sales order address object.

        Katana operation `createSalesOrderAddress`: `POST /sales_order_addresses`.

        Args:
            body: The request body (`CreateSalesOrderAddressDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderAddress` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_sales_order_address.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateSalesOrderAddressDto,
        **options: Unpack[RequestOptions],
    ) -> SalesOrderAddress:
        """Update a sales order address.

        Updates the specified sales order address by setting the values of the parameters
        passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSalesOrderAddress`: `PATCH /sales_order_addresses/{id}`.

        Args:
            id: Sales order address id
            body: The request body (`UpdateSalesOrderAddressDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesOrderAddress` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_sales_order_address.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete sales order address.

        Deletes a single sales order address by id.

        Katana operation `deleteSalesOrderAddress`: `DELETE /sales_order_addresses/{id}`.

        Args:
            id: Sales order address id
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
        await self._send(delete_sales_order_address.OPERATION, locals())


class SalesOrderAddressesRawResource:
    """`client.sales_order_addresses.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesOrderAddressesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_sales_order_addresses.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class SalesOrderAddressesSyncResource(SyncResource):
    """`SyncKatanaClient.sales_order_addresses`: the actions of `SalesOrderAddressesResource`, blocking."""

    list = blocking_list(SalesOrderAddressesResource.list)
    create = blocking(SalesOrderAddressesResource.create)
    update = blocking(SalesOrderAddressesResource.update)
    delete = blocking(SalesOrderAddressesResource.delete)

    @cached_property
    def with_raw_response(self) -> SalesOrderAddressesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesOrderAddressesSyncRawResource(self._resource, self._client)


class SalesOrderAddressesSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_order_addresses.with_raw_response`: see `SalesOrderAddressesRawResource`."""

    list = blocking_page(get_sales_order_addresses.asyncio_detailed)
    create = blocking_raw(SalesOrderAddressesResource.create)
    update = blocking_raw(SalesOrderAddressesResource.update)
    delete = blocking_raw(SalesOrderAddressesResource.delete)
