"""`client.purchase_order_rows`: the Katana operations tagged `purchase_order_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.purchase_order_rows import (
    create_purchase_order_row,
    delete_purchase_order_row,
    get_all_purchase_order_rows,
    get_purchase_order_row,
    update_purchase_order_row,
)
from ..models.create_purchase_order_row_with_purchase_order_id_dto import (
    CreatePurchaseOrderRowWithPurchaseOrderIdDto,
)
from ..models.purchase_order_row import PurchaseOrderRow
from ..models.update_purchase_order_row_dto import UpdatePurchaseOrderRowDto

__all__ = ["PurchaseOrderRowsRawResource", "PurchaseOrderRowsResource"]


class PurchaseOrderRowsResource(Resource):
    """`client.purchase_order_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> PurchaseOrderRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return PurchaseOrderRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        purchase_order_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        tax_rate_id: int | Unset = UNSET,
        purchase_uom: str | Unset = UNSET,
        location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PurchaseOrderRow]:
        """List all purchase order rows.

        Returns a list of purchase order rows you’ve previously created.
        The purchase order rows are returned in sorted order, with the most recent rows
        appearing first.

        Katana operation `getAllPurchaseOrderRows`: `GET /purchase_order_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters purchase order rows by an array of IDs
            purchase_order_id: Filters purchase order rows by purchase order id
            variant_id: Filters purchase order rows by variant id
            tax_rate_id: Filters purchase order rows by tax rate id
            purchase_uom: Filters purchase order rows by purchase_uom
            location_id: Filters purchase order rows by location id
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `PurchaseOrderRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_purchase_order_rows.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PurchaseOrderRow:
        """Retrieve a purchase order row.

        Retrieves the details of an existing purchase order row based on ID

        Katana operation `getPurchaseOrderRow`: `GET /purchase_order_rows/{id}`.

        Args:
            id: Purchase order row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PurchaseOrderRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_purchase_order_row.OPERATION, locals())

    async def create(
        self,
        body: CreatePurchaseOrderRowWithPurchaseOrderIdDto,
        **options: Unpack[RequestOptions],
    ) -> PurchaseOrderRow:
        """Create a purchase order row.

        Creates a new purchase order row object.

        Katana operation `createPurchaseOrderRow`: `POST /purchase_order_rows`.

        Args:
            body: The request body (`CreatePurchaseOrderRowWithPurchaseOrderIdDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PurchaseOrderRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_purchase_order_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdatePurchaseOrderRowDto,
        **options: Unpack[RequestOptions],
    ) -> PurchaseOrderRow:
        """Update a purchase order row.

        Updates the specified purchase order row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updatePurchaseOrderRow`: `PATCH /purchase_order_rows/{id}`.

        Args:
            id: Purchase order row id
            body: The request body (`UpdatePurchaseOrderRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PurchaseOrderRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_purchase_order_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete purchase order row.

        Deletes a single purchase order row by id.

        Katana operation `deletePurchaseOrderRow`: `DELETE /purchase_order_rows/{id}`.

        Args:
            id: Purchase order row id
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
        await self._send(delete_purchase_order_row.OPERATION, locals())


class PurchaseOrderRowsRawResource:
    """`client.purchase_order_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: PurchaseOrderRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_purchase_order_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class PurchaseOrderRowsSyncResource(SyncResource):
    """`SyncKatanaClient.purchase_order_rows`: the actions of `PurchaseOrderRowsResource`, blocking."""

    list = blocking_list(PurchaseOrderRowsResource.list)
    get = blocking(PurchaseOrderRowsResource.get)
    create = blocking(PurchaseOrderRowsResource.create)
    update = blocking(PurchaseOrderRowsResource.update)
    delete = blocking(PurchaseOrderRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> PurchaseOrderRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return PurchaseOrderRowsSyncRawResource(self._resource, self._client)


class PurchaseOrderRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.purchase_order_rows.with_raw_response`: see `PurchaseOrderRowsRawResource`."""

    list = blocking_page(get_all_purchase_order_rows.asyncio_detailed)
    get = blocking_raw(PurchaseOrderRowsResource.get)
    create = blocking_raw(PurchaseOrderRowsResource.create)
    update = blocking_raw(PurchaseOrderRowsResource.update)
    delete = blocking_raw(PurchaseOrderRowsResource.delete)
