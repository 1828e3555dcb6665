"""`client.sales_return_rows`: the Katana operations tagged `sales_return_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.sales_return_rows import (
    create_sales_return_row,
    delete_sales_return_row,
    get_all_sales_return_rows,
    get_sales_return_row,
    get_sales_return_row_unassigned_batch_transactions,
    update_sales_return_row,
)
from ..models.sales_return_row import SalesReturnRow
from ..models.sales_return_row_create_dto import SalesReturnRowCreateDto
from ..models.sales_return_row_patch_dto import SalesReturnRowPatchDto
from ..models.unassigned_batch_transaction import UnassignedBatchTransaction

__all__ = ["SalesReturnRowsRawResource", "SalesReturnRowsResource"]


class SalesReturnRowsResource(Resource):
    """`client.sales_return_rows`: `list`, `get`, `create`, `update`, `delete`, `unassigned_batch_transactions`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesReturnRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesReturnRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        sales_return_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        sales_order_row_id: int | Unset = UNSET,
        reason_id: int | Unset = UNSET,
        restock_location_id: int | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesReturnRow]:
        """List all sales return rows.

        Returns a list of sales return rows you've previously created.
        The sales return rows are returned in a sorted order,
        with the most recent sales return row appearing first.

        Katana operation `getAllSalesReturnRows`: `GET /sales_return_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters sales returns by an array of IDs
            sales_return_id: Filters sales return rows by a sales return id
            variant_id: Filters sales return rows by a variant id
            sales_order_row_id: Filters sales return rows by a sales order row id
            reason_id: Filters sales return rows by a reason id
            restock_location_id: Filters sales return rows by a restock location id
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesReturnRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_sales_return_rows.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SalesReturnRow:
        """Retrieve a sales return row.

        Retrieves the details of an existing sales return row based on ID

        Katana operation `getSalesReturnRow`: `GET /sales_return_rows/{id}`.

        Args:
            id: Sales return row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesReturnRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_sales_return_row.OPERATION, locals())

    async def create(
        self,
        body: SalesReturnRowCreateDto | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SalesReturnRow:
        """Create a sales return row.

        Creates a new sales return row object.

        Katana operation `createSalesReturnRow`: `POST /sales_return_rows`.

        Args:
            body: The request body (`SalesReturnRowCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesReturnRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_sales_return_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: SalesReturnRowPatchDto,
        **options: Unpack[RequestOptions],
    ) -> SalesReturnRow:
        """Update a sales return row.

        Updates the specified sales return row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateSalesReturnRow`: `PATCH /sales_return_rows/{id}`.

        Args:
            id: Sales return row id
            body: The request body (`SalesReturnRowPatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SalesReturnRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_sales_return_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete sales return row.

        Deletes a single sales return row by id.

        Katana operation `deleteSalesReturnRow`: `DELETE /sales_return_rows/{id}`.

        Args:
            id: Sales return row id
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
        await self._send(delete_sales_return_row.OPERATION, locals())

    async def unassigned_batch_transactions(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> UnassignedBatchTransaction:
        """Retrieve unassigned batch transactions for a sales return row.

        Retrieves the unassigned batch transactions for a sales return row based on sales return
        row id

        Katana operation `getSalesReturnRowUnassignedBatchTransactions`: `GET /sales_return_rows/{id}/unassigned_batch_transactions`.

        Args:
            id: Sales return row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `UnassignedBatchTransaction` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(
            get_sales_return_row_unassigned_batch_transactions.OPERATION, locals()
        )


class SalesReturnRowsRawResource:
    """`client.sales_return_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesReturnRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_sales_return_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.unassigned_batch_transactions = raw(resource.unassigned_batch_transactions)


class SalesReturnRowsSyncResource(SyncResource):
    """`SyncKatanaClient.sales_return_rows`: the actions of `SalesReturnRowsResource`, blocking."""

    list = blocking_list(SalesReturnRowsResource.list)
    get = blocking(SalesReturnRowsResource.get)
    create = blocking(SalesReturnRowsResource.create)
    update = blocking(SalesReturnRowsResource.update)
    delete = blocking(SalesReturnRowsResource.delete)
    unassigned_batch_transactions = blocking(SalesReturnRowsResource.unassigned_batch_transactions)

    @cached_property
    def with_raw_response(self) -> SalesReturnRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesReturnRowsSyncRawResource(self._resource, self._client)


class SalesReturnRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_return_rows.with_raw_response`: see `SalesReturnRowsRawResource`."""

    list = blocking_page(get_all_sales_return_rows.asyncio_detailed)
    get = blocking_raw(SalesReturnRowsResource.get)
    create = blocking_raw(SalesReturnRowsResource.create)
    update = blocking_raw(SalesReturnRowsResource.update)
    delete = blocking_raw(SalesReturnRowsResource.delete)
    unassigned_batch_transactions = blocking_raw(
        SalesReturnRowsResource.unassigned_batch_transactions
    )
