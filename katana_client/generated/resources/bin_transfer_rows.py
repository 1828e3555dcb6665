"""`client.bin_transfer_rows`: the Katana operations tagged `bin_transfer_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.bin_transfer_rows import (
    create_bin_transfer_row,
    delete_bin_transfer_row,
    find_bin_transfer_rows,
    get_bin_transfer_row,
    update_bin_transfer_row,
)
from ..models.bin_transfer_row import BinTransferRow
from ..models.create_bin_transfer_row_dto import CreateBinTransferRowDto
from ..models.update_bin_transfer_row_dto import UpdateBinTransferRowDto

__all__ = ["BinTransferRowsRawResource", "BinTransferRowsResource"]


class BinTransferRowsResource(Resource):
    """`client.bin_transfer_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BinTransferRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BinTransferRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        bin_transfer_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        source_bin_location_id: int | Unset = UNSET,
        target_bin_location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BinTransferRow]:
        """List all bin transfer rows.

        Returns a list of bin transfer rows with their traceability allocations.

        Katana operation `findBinTransferRows`: `GET /bin_transfer_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filter by an array of row ids
            bin_transfer_id: Filter by parent bin transfer id
            variant_id: Filter by variant id
            source_bin_location_id: Filter by source bin location id
            target_bin_location_id: Filter by target bin location id
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `BinTransferRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_bin_transfer_rows.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> BinTransferRow:
        """Retrieve a bin transfer row.

        Retrieves a single bin transfer row, including its traceability allocations.

        Katana operation `getBinTransferRow`: `GET /bin_transfer_rows/{id}`.

        Args:
            id: Bin transfer row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransferRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_bin_transfer_row.OPERATION, locals())

    async def create(
        self,
        body: CreateBinTransferRowDto,
        **options: Unpack[RequestOptions],
    ) -> BinTransferRow:
        """Create a bin transfer row.

        Adds a row to an existing bin transfer, optionally with traceability in the same call.
        The row inherits `location_id`, `created_date`, and `departed_at` from the parent
        transfer. Rows cannot be added when the parent is in `DONE`.

        Katana operation `createBinTransferRow`: `POST /bin_transfer_rows`.

        Args:
            body: The request body (`CreateBinTransferRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransferRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_bin_transfer_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateBinTransferRowDto,
        **options: Unpack[RequestOptions],
    ) -> BinTransferRow:
        """Update a bin transfer row.

        Updates fields on a single bin transfer row. When the parent transfer is in `DONE`, only
        `traceability` is editable; other fields return 422.

        Katana operation `updateBinTransferRow`: `PATCH /bin_transfer_rows/{id}`.

        Args:
            id: Bin transfer row id
            body: The request body (`UpdateBinTransferRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransferRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_bin_transfer_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a bin transfer row.

        Deletes a bin transfer row.

        Katana operation `deleteBinTransferRow`: `DELETE /bin_transfer_rows/{id}`.

        Args:
            id: Bin transfer row id
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
        await self._send(delete_bin_transfer_row.OPERATION, locals())


class BinTransferRowsRawResource:
    """`client.bin_transfer_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BinTransferRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_bin_transfer_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class BinTransferRowsSyncResource(SyncResource):
    """`SyncKatanaClient.bin_transfer_rows`: the actions of `BinTransferRowsResource`, blocking."""

    list = blocking_list(BinTransferRowsResource.list)
    get = blocking(BinTransferRowsResource.get)
    create = blocking(BinTransferRowsResource.create)
    update = blocking(BinTransferRowsResource.update)
    delete = blocking(BinTransferRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> BinTransferRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BinTransferRowsSyncRawResource(self._resource, self._client)


class BinTransferRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.bin_transfer_rows.with_raw_response`: see `BinTransferRowsRawResource`."""

    list = blocking_page(find_bin_transfer_rows.asyncio_detailed)
    get = blocking_raw(BinTransferRowsResource.get)
    create = blocking_raw(BinTransferRowsResource.create)
    update = blocking_raw(BinTransferRowsResource.update)
    delete = blocking_raw(BinTransferRowsResource.delete)
