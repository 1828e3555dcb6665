"""`client.manufacturing_order_operation_rows`: the Katana operations tagged `manufacturing_order_operation_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.manufacturing_order_operation_rows import (
    create_manufacturing_order_operation_row,
    delete_manufacturing_order_operation_row,
    get_all_manufacturing_order_operation_rows,
    get_manufacturing_order_operation_row,
    update_manufacturing_order_operation_row,
)
from ..models.create_manufacturing_order_operation_row_dto import (
    CreateManufacturingOrderOperationRowDto,
)
from ..models.get_all_manufacturing_order_operation_rows_status import (
    GetAllManufacturingOrderOperationRowsStatus,
)
from ..models.manufacturing_order_operation_row import ManufacturingOrderOperationRow
from ..models.update_manufacturing_order_operation_row_dto import (
    UpdateManufacturingOrderOperationRowDto,
)

__all__ = ["ManufacturingOrderOperationRowsRawResource", "ManufacturingOrderOperationRowsResource"]


class ManufacturingOrderOperationRowsResource(Resource):
    """`client.manufacturing_order_operation_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderOperationRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ManufacturingOrderOperationRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        manufacturing_order_id: int | Unset = UNSET,
        status: GetAllManufacturingOrderOperationRowsStatus | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ManufacturingOrderOperationRow]:
        """List all manufacturing order operation rows.

        Returns a list of manufacturing order operation rows you’ve previously created.
        The manufacturing order operation rows are returned in sorted order,
        with the most recent manufacturing order operation rows appearing first.

        Katana operation `getAllManufacturingOrderOperationRows`: `GET /manufacturing_order_operation_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters manufacturing order operation rows by an array of IDs
            manufacturing_order_id: Filters manufacturing orders by location.
            status: Filters manufacturing orders by a status.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ManufacturingOrderOperationRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(
            get_all_manufacturing_order_operation_rows.asyncio_detailed, self._client, locals()
        )

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderOperationRow:
        """Retrieve a manufacturing order operation row.

        Retrieves the details of an existing manufacturing order operation row.

        Katana operation `getManufacturingOrderOperationRow`: `GET /manufacturing_order_operation_rows/{id}`.

        Args:
            id: Manufacturing order operaton row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderOperationRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_manufacturing_order_operation_row.OPERATION, locals())

    async def create(
        self,
        body: CreateManufacturingOrderOperationRowDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderOperationRow:
        """Create a manufacturing order operation row.

        Add an operation row to an existing manufacturing order. Operation rows cannot be added
        when the
        manufacturing order status is DONE.

        Katana operation `createManufacturingOrderOperationRow`: `POST /manufacturing_order_operation_rows`.

        Args:
            body: The request body (`CreateManufacturingOrderOperationRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderOperationRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_manufacturing_order_operation_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateManufacturingOrderOperationRowDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderOperationRow:
        """Update a manufacturing order operation row.

        Updates the specified manufacturing order operation row by setting the values of the
        parameters passed.
        Any parameters not provided will be left unchanged. Only completed_by_operators and
        total_actual_time can be
        updated when the manufacturing order status is DONE

        Katana operation `updateManufacturingOrderOperationRow`: `PATCH /manufacturing_order_operation_rows/{id}`.

        Args:
            id: manufacturing order operation id
            body: The request body (`UpdateManufacturingOrderOperationRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderOperationRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_manufacturing_order_operation_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a manufacturing order operation row.

        Deletes a single manufacturing order operation row by id.

        Katana operation `deleteManufacturingOrderOperationRow`: `DELETE /manufacturing_order_operation_rows/{id}`.

        Args:
            id: Manufacturing order operation id
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
        await self._send(delete_manufacturing_order_operation_row.OPERATION, locals())


class ManufacturingOrderOperationRowsRawResource:
    """`client.manufacturing_order_operation_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ManufacturingOrderOperationRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_manufacturing_order_operation_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class ManufacturingOrderOperationRowsSyncResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_operation_rows`: the actions of `ManufacturingOrderOperationRowsResource`, blocking."""

    list = blocking_list(ManufacturingOrderOperationRowsResource.list)
    get = blocking(ManufacturingOrderOperationRowsResource.get)
    create = blocking(ManufacturingOrderOperationRowsResource.create)
    update = blocking(ManufacturingOrderOperationRowsResource.update)
    delete = blocking(ManufacturingOrderOperationRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderOperationRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ManufacturingOrderOperationRowsSyncRawResource(self._resource, self._client)


class ManufacturingOrderOperationRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_operation_rows.with_raw_response`: see `ManufacturingOrderOperationRowsRawResource`."""

    list = blocking_page(get_all_manufacturing_order_operation_rows.asyncio_detailed)
    get = blocking_raw(ManufacturingOrderOperationRowsResource.get)
    create = blocking_raw(ManufacturingOrderOperationRowsResource.create)
    update = blocking_raw(ManufacturingOrderOperationRowsResource.update)
    delete = blocking_raw(ManufacturingOrderOperationRowsResource.delete)
