"""`client.supplier_addresses`: the Katana operations tagged `supplier_addresses` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.supplier_addresses import (
    create_supplier_address,
    delete_supplier_address,
    get_supplier_addresses,
    update_supplier_address,
)
from ..models.supplier_address import SupplierAddress
from ..models.supplier_address_create_dto import SupplierAddressCreateDto
from ..models.supplier_address_patch_dto import SupplierAddressPatchDto

__all__ = ["SupplierAddressesRawResource", "SupplierAddressesResource"]


class SupplierAddressesResource(Resource):
    """`client.supplier_addresses`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SupplierAddressesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SupplierAddressesRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        supplier_ids: builtins.list[int] | Unset = UNSET,
        line_1: str | Unset = UNSET,
        line_2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SupplierAddress]:
        """List all supplier addresses.

        Returns a list of supplier addresses you’ve previously created.
        The supplier addresses are returned in sorted order, with the most recent supplier
        addresses appearing first.

        Katana operation `getSupplierAddresses`: `GET /supplier_addresses`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters supplier addresses by an array of IDs
            supplier_ids: Filters supplier addresses by an array of supplier IDs
            line_1: Filters supplier addresses by a line_1
            line_2: Filters supplier addresses by a line_2
            city: Filters supplier addresses by a city
            state: Filters supplier addresses by a state
            zip_: Filters supplier addresses by a zip
            country: Filters supplier addresses by a country
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SupplierAddress`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_supplier_addresses.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: SupplierAddressCreateDto,
        **options: Unpack[RequestOptions],
    ) -> SupplierAddress:
        """Create a supplier address.

        Add an address to an existing supplier. If the new address is the first one, it is
        assigned as
        the default. (A Supplier can have only one address for now)

        Katana operation `createSupplierAddress`: `POST /supplier_addresses`.

        Args:
            body: The request body (`SupplierAddressCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SupplierAddress` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_supplier_address.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: SupplierAddressPatchDto,
        **options: Unpack[RequestOptions],
    ) -> SupplierAddress:
        """Update a supplier address.

        Updates the specified supplier address by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSupplierAddress`: `PATCH /supplier_addresses/{id}`.

        Args:
            id: Supplier address id
            body: The request body (`SupplierAddressPatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SupplierAddress` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_supplier_address.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a supplier address.

        Deletes a supplier address by id.

        Katana operation `deleteSupplierAddress`: `DELETE /supplier_addresses/{id}`.

        Args:
            id: Supplier Address id
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
        await self._send(delete_supplier_address.OPERATION, locals())


class SupplierAddressesRawResource:
    """`client.supplier_addresses.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SupplierAddressesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_supplier_addresses.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class SupplierAddressesSyncResource(SyncResource):
    """`SyncKatanaClient.supplier_addresses`: the actions of `SupplierAddressesResource`, blocking."""

    list = blocking_list(SupplierAddressesResource.list)
    create = blocking(SupplierAddressesResource.create)
    update = blocking(SupplierAddressesResource.update)
    delete = blocking(SupplierAddressesResource.delete)

    @cached_property
    def with_raw_response(self) -> SupplierAddressesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SupplierAddressesSyncRawResource(self._resource, self._client)


class SupplierAddressesSyncRawResource(SyncResource):
    """`SyncKatanaClient.supplier_addresses.with_raw_response`: see `SupplierAddressesRawResource`."""

    list = blocking_page(get_supplier_addresses.asyncio_detailed)
    create = blocking_raw(SupplierAddressesResource.create)
    update = blocking_raw(SupplierAddressesResource.update)
    delete = blocking_raw(SupplierAddressesResource.delete)
