"""`client.suppliers`: the Katana operations tagged `suppliers` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.suppliers import (
    create_supplier,
    delete_supplier,
    get_all_suppliers,
    update_supplier,
)
from ..models.supplier import Supplier
from ..models.supplier_create_dto import SupplierCreateDto
from ..models.supplier_update_dto import SupplierUpdateDto

__all__ = ["SuppliersRawResource", "SuppliersResource"]


class SuppliersResource(Resource):
    """`client.suppliers`: `list`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SuppliersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SuppliersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        name: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Supplier]:
        """List all suppliers.

        Returns a list of suppliers you’ve previously created. The suppliers are returned in
        sorted order,
        with the most recent suppliers appearing first.

        Katana operation `getAllSuppliers`: `GET /suppliers`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters suppliers by an array of IDs
            email: Filters suppliers by an email
            phone: Filters suppliers by a phone number
            name: Filters suppliers by name
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Supplier`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_suppliers.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: SupplierCreateDto,
        **options: Unpack[RequestOptions],
    ) -> Supplier:
        """Create a supplier.

        Creates a new supplier object.

        Katana operation `createSupplier`: `POST /suppliers`.

        Args:
            body: The request body (`SupplierCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Supplier` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_supplier.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: SupplierUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> Supplier:
        """Update a supplier.

        Updates the specified supplier by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSupplier`: `PATCH /suppliers/{id}`.

        Args:
            id: Supplier id
            body: The request body (`SupplierUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Supplier` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_supplier.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a supplier.

        Deletes a supplier by id.

        Katana operation `deleteSupplier`: `DELETE /suppliers/{id}`.

        Args:
            id: Supplier id
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
        await self._send(delete_supplier.OPERATION, locals())


class SuppliersRawResource:
    """`client.suppliers.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SuppliersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_suppliers.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class SuppliersSyncResource(SyncResource):
    """`SyncKatanaClient.suppliers`: the actions of `SuppliersResource`, blocking."""

    list = blocking_list(SuppliersResource.list)
    create = blocking(SuppliersResource.create)
    update = blocking(SuppliersResource.update)
    delete = blocking(SuppliersResource.delete)

    @cached_property
    def with_raw_response(self) -> SuppliersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SuppliersSyncRawResource(self._resource, self._client)


class SuppliersSyncRawResource(SyncResource):
    """`SyncKatanaClient.suppliers.with_raw_response`: see `SuppliersRawResource`."""

    list = blocking_page(get_all_suppliers.asyncio_detailed)
    create = blocking_raw(SuppliersResource.create)
    update = blocking_raw(SuppliersResource.update)
    delete = blocking_raw(SuppliersResource.delete)
