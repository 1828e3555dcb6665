"""`client.price_list_customers`: the Katana operations tagged `price_list_customers` (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.price_list_customers import (
    create_price_list_customer,
    delete_price_list_customer,
    get_all_price_list_customers,
    get_price_list_customer,
    update_price_list_customer,
)
from ..models.create_price_list_customers_dto import CreatePriceListCustomersDto
from ..models.price_list_customer import PriceListCustomer
from ..models.update_price_list_customer_dto import UpdatePriceListCustomerDto

__all__ = ["PriceListCustomersRawResource", "PriceListCustomersResource"]


class PriceListCustomersResource(Resource):
    """`client.price_list_customers`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> PriceListCustomersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return PriceListCustomersRawResource(self)

    def list(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        customer_ids: builtins.list[int] | Unset = UNSET,
        price_list_ids: builtins.list[int] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PriceListCustomer]:
        """List all price list customers.

        Returns a list of price list customers you’ve previously created.
        The price list customers are returned in a sorted order,
        with the most recent price list customers appearing first.

        Katana operation `getAllPriceListCustomers`: `GET /price_list_customers`.

        Args:
            ids: Filters price list customers by an array of IDs
            customer_ids: Filters price list customers by an array of customer IDs
            price_list_ids: Filters price list customers by an array of price list IDs
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `PriceListCustomer`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_price_list_customers.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PriceListCustomer:
        """Retrieve a price list customer.

        Retrieves the details of an existing price list customer based on ID

        Katana operation `getPriceListCustomer`: `GET /price_list_customers/{id}`.

        Args:
            id: Price list customer id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceListCustomer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_price_list_customer.OPERATION, locals())

    async def create(
        self,
        body: CreatePriceListCustomersDto,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PriceListCustomer]:
        """Create price list customers.

        Add customers to a price list.

        Katana operation `createPriceListCustomer`: `POST /price_list_customers`.

        Args:
            body: The request body (`CreatePriceListCustomersDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `list[PriceListCustomer]` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_price_list_customer.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdatePriceListCustomerDto,
        **options: Unpack[RequestOptions],
    ) -> PriceListCustomer:
        """Update a price list customer.

        Updates the specified price list customer by setting the values of the parameters
        passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updatePriceListCustomer`: `PATCH /price_list_customers/{id}`.

        Args:
            id: Price list ID
            body: The request body (`UpdatePriceListCustomerDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PriceListCustomer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_price_list_customer.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a price list customer.

        Deletes a single price list customer by id.

        Katana operation `deletePriceListCustomer`: `DELETE /price_list_customers/{id}`.

        Args:
            id: Price list customer id
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
        await self._send(delete_price_list_customer.OPERATION, locals())


class PriceListCustomersRawResource:
    """`client.price_list_customers.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: PriceListCustomersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_price_list_customers.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class PriceListCustomersSyncResource(SyncResource):
    """`SyncKatanaClient.price_list_customers`: the actions of `PriceListCustomersResource`, blocking."""

    list = blocking_list(PriceListCustomersResource.list)
    get = blocking(PriceListCustomersResource.get)
    create = blocking(PriceListCustomersResource.create)
    update = blocking(PriceListCustomersResource.update)
    delete = blocking(PriceListCustomersResource.delete)

    @cached_property
    def with_raw_response(self) -> PriceListCustomersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return PriceListCustomersSyncRawResource(self._resource, self._client)


class PriceListCustomersSyncRawResource(SyncResource):
    """`SyncKatanaClient.price_list_customers.with_raw_response`: see `PriceListCustomersRawResource`."""

    list = blocking_page(get_all_price_list_customers.asyncio_detailed)
    get = blocking_raw(PriceListCustomersResource.get)
    create = blocking_raw(PriceListCustomersResource.create)
    update = blocking_raw(PriceListCustomersResource.update)
    delete = blocking_raw(PriceListCustomersResource.delete)
