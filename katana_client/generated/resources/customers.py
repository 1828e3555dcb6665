"""`client.customers`: the Katana operations tagged `customers` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.customers import (
    create_customer,
    delete_customer,
    get_all_customers,
    update_customer,
)
from ..models.create_customer_dto import CreateCustomerDto
from ..models.customer import Customer
from ..models.customer_update_dto import CustomerUpdateDto

__all__ = ["CustomersRawResource", "CustomersResource"]


class CustomersResource(Resource):
    """`client.customers`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> CustomersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return CustomersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        company: str | Unset = UNSET,
        email: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        category: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Customer]:
        """List all customers.

        Returns a list of customers you’ve previously created. The customers are returned in
        sorted order,
        with the most recent customers appearing first.

        Katana operation `getAllCustomers`: `GET /customers`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters customers by an array of IDs
            name: Filters customers by name
            first_name: Filters customers by first name
            last_name: Filters customers by last name
            company: Filters customers by company
            email: Filters customers by an email
            reference_id: Filters customers by a reference ID
            category: Filters customers by a category
            currency: Filters customers by currency
            phone: Filters customers by a phone number
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Customer`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_customers.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateCustomerDto,
        **options: Unpack[RequestOptions],
    ) -> Customer:
        """Create a customer.

        Creates a new customer object.

        Katana operation `createCustomer`: `POST /customers`.

        Args:
            body: The request body (`CreateCustomerDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Customer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_customer.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: CustomerUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> Customer:
        """Update a customer.

        Updates the specified customer by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateCustomer`: `PATCH /customers/{id}`.

        Args:
            id: Customer id
            body: The request body (`CustomerUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Customer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_customer.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a customer.

        Deletes a customer by id.

        Katana operation `deleteCustomer`: `DELETE /customers/{id}`.

        Args:
            id: Customer id
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
        await self._send(delete_customer.OPERATION, locals())


class CustomersRawResource:
    """`client.customers.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: CustomersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_customers.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class CustomersSyncResource(SyncResource):
    """`SyncKatanaClient.customers`: the actions of `CustomersResource`, blocking."""

    list = blocking_list(CustomersResource.list)
    create = blocking(CustomersResource.create)
    update = blocking(CustomersResource.update)
    delete = blocking(CustomersResource.delete)

    @cached_property
    def with_raw_response(self) -> CustomersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return CustomersSyncRawResource(self._resource, self._client)


class CustomersSyncRawResource(SyncResource):
    """`SyncKatanaClient.customers.with_raw_response`: see `CustomersRawResource`."""

    list = blocking_page(get_all_customers.asyncio_detailed)
    create = blocking_raw(CustomersResource.create)
    update = blocking_raw(CustomersResource.update)
    delete = blocking_raw(CustomersResource.delete)
