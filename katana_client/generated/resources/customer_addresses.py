"""`client.customer_addresses`: the Katana operations tagged `customer_addresses` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.customer_addresses import (
    create_customer_address,
    delete_customer_address,
    get_customer_addresses,
    update_customer_address,
)
from ..models.customer_address import CustomerAddress
from ..models.customer_address_create_dto import CustomerAddressCreateDto
from ..models.customer_address_update_dto import CustomerAddressUpdateDto

__all__ = ["CustomerAddressesRawResource", "CustomerAddressesResource"]


class CustomerAddressesResource(Resource):
    """`client.customer_addresses`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> CustomerAddressesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return CustomerAddressesRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        customer_ids: builtins.list[int] | Unset = UNSET,
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
    ) -> AsyncPager[CustomerAddress]:
        """List all customer addresses.

        Returns a list of customer addresses you’ve previously created.
        The customer addresses are returned in sorted order, with the most recent customer
        addresses appearing first.

        Katana operation `getCustomerAddresses`: `GET /customer_addresses`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters customer addresses by an array of IDs
            customer_ids: Filters customer addresses by an array of customer IDs
            entity_type: Filters customer addresses by a entity_type
            first_name: Filters customer addresses by a first_name
            last_name: Filters customer addresses by a last_name
            company: Filters customer addresses by an company
            line_1: Filters customer addresses by a line_1
            line_2: Filters customer addresses by a line_2
            city: Filters customer addresses by a city
            state: Filters customer addresses by a state
            zip_: Filters customer addresses by a zip
            country: Filters customer addresses by a country
            phone: Filters customer addresses by a phone
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `CustomerAddress`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_customer_addresses.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CustomerAddressCreateDto,
        **options: Unpack[RequestOptions],
    ) -> CustomerAddress:
        """Create a customer address.

        Add an address to an existing customer. A Customer can have one billing address
        and multiple shipping addresses. If the new address is the first of its type, it is
        assigned as the default.

        Katana operation `createCustomerAddress`: `POST /customer_addresses`.

        Args:
            body: The request body (`CustomerAddressCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `CustomerAddress` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_customer_address.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: CustomerAddressUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> CustomerAddress:
        """Update a customer address.

        Updates the specified customer address by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateCustomerAddress`: `PATCH /customer_addresses/{id}`.

        Args:
            id: Customer address id
            body: The request body (`CustomerAddressUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `CustomerAddress` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_customer_address.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a customer address.

        Deletes a customer address by id.

        Katana operation `deleteCustomerAddress`: `DELETE /customer_addresses/{id}`.

        Args:
            id: Customer Address id
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
        await self._send(delete_customer_address.OPERATION, locals())


class CustomerAddressesRawResource:
    """`client.customer_addresses.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: CustomerAddressesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_customer_addresses.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class CustomerAddressesSyncResource(SyncResource):
    """`SyncKatanaClient.customer_addresses`: the actions of `CustomerAddressesResource`, blocking."""

    list = blocking_list(CustomerAddressesResource.list)
    create = blocking(CustomerAddressesResource.create)
    update = blocking(CustomerAddressesResource.update)
    delete = blocking(CustomerAddressesResource.delete)

    @cached_property
    def with_raw_response(self) -> CustomerAddressesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return CustomerAddressesSyncRawResource(self._resource, self._client)


class CustomerAddressesSyncRawResource(SyncResource):
    """`SyncKatanaClient.customer_addresses.with_raw_response`: see `CustomerAddressesRawResource`."""

    list = blocking_page(get_customer_addresses.asyncio_detailed)
    create = blocking_raw(CustomerAddressesResource.create)
    update = blocking_raw(CustomerAddressesResource.update)
    delete = blocking_raw(CustomerAddressesResource.delete)
