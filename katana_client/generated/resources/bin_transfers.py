"""`client.bin_transfers`: the Katana operations tagged `bin_transfers` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.bin_transfers import (
    create_bin_transfer,
    delete_bin_transfer,
    find_bin_transfers,
    get_bin_transfer,
    update_bin_transfer,
    update_bin_transfer_status,
)
from ..models.bin_transfer import BinTransfer
from ..models.create_bin_transfer_dto import CreateBinTransferDto
from ..models.find_bin_transfers_status import FindBinTransfersStatus
from ..models.update_bin_transfer_dto import UpdateBinTransferDto
from ..models.update_bin_transfer_status_dto import UpdateBinTransferStatusDto

__all__ = ["BinTransfersRawResource", "BinTransfersResource"]


class BinTransfersResource(Resource):
    """`client.bin_transfers`: `list`, `get`, `create`, `update`, `delete`, `update_status`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BinTransfersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BinTransfersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        bin_transfer_number: str | Unset = UNSET,
        location_id: int | Unset = UNSET,
        status: FindBinTransfersStatus | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BinTransfer]:
        """List all bin transfers.

        Returns a list of bin transfers you've previously created, sorted with the most recent
        first. Each
        transfer is returned with its rows and the rows' traceability allocations.

        Katana operation `findBinTransfers`: `GET /bin_transfers`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filter bin transfers by an array of ids
            bin_transfer_number: Filter by bin transfer number
            location_id: Filter by the location id the transfer happens within
            status: Filter by status
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `BinTransfer`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_bin_transfers.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> BinTransfer:
        """Retrieve a bin transfer.

        Retrieves a single bin transfer with its rows and each row's traceability allocations.

        Katana operation `getBinTransfer`: `GET /bin_transfers/{id}`.

        Args:
            id: Bin transfer id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_bin_transfer.OPERATION, locals())

    async def create(
        self,
        body: CreateBinTransferDto,
        **options: Unpack[RequestOptions],
    ) -> BinTransfer:
        """Create a bin transfer.

        Creates a bin transfer, optionally with rows and per-row traceability in one call. Bin
        transfers move stock between bin locations within a single location. New transfers start
        in `CREATED`; status changes go through the status endpoint.

        Katana operation `createBinTransfer`: `POST /bin_transfers`.

        Args:
            body: The request body (`CreateBinTransferDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_bin_transfer.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateBinTransferDto,
        **options: Unpack[RequestOptions],
    ) -> BinTransfer:
        """Update a bin transfer.

        Updates header fields on a bin transfer. Status changes go through the status endpoint.

        `departed_at` and `arrived_at` accept backfill / correction values within the current
        status — they
        cannot transition the transfer between statuses, and they cannot be nulled here.

        Katana operation `updateBinTransfer`: `PATCH /bin_transfers/{id}`.

        Args:
            id: Bin transfer id
            body: The request body (`UpdateBinTransferDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_bin_transfer.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a bin transfer.

        Deletes a bin transfer.

        Katana operation `deleteBinTransfer`: `DELETE /bin_transfers/{id}`.

        Args:
            id: Bin transfer id
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
        await self._send(delete_bin_transfer.OPERATION, locals())

    async def update_status(
        self,
        id: int,
        body: UpdateBinTransferStatusDto,
        **options: Unpack[RequestOptions],
    ) -> BinTransfer:
        """Transition a bin transfer status.

        Transitions a bin transfer status. Any status is reachable from any other; the
        transition stamps or
        clears the corresponding movement dates on the transfer and every row.

        | From         | To           | Effect
        |
        |--------------|--------------|---------------------------------------------------------
        ------------|
        | `CREATED`    | `IN_TRANSIT` | Stamps `departed_at` = now.
        |
        | `CREATED`    | `DONE`       | Stamps `departed_at` = now and `arrived_at` = now.
        |
        | `IN_TRANSIT` | `DONE`       | Stamps `arrived_at` = now.
        |
        | `IN_TRANSIT` | `CREATED`    | Clears `departed_at`.
        |
        | `DONE`       | `IN_TRANSIT` | Clears `arrived_at`.
        |
        | `DONE`       | `CREATED`    | Clears both `departed_at` and `arrived_at`.
        |

        Submitting the current status is a no-op (200 with the unchanged transfer). Stamped or
        cleared
        timestamps must fall outside any inventory lock date window, otherwise 422.

        Katana operation `updateBinTransferStatus`: `PATCH /bin_transfers/{id}/status`.

        Args:
            id: Bin transfer id
            body: The request body (`UpdateBinTransferStatusDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BinTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_bin_transfer_status.OPERATION, locals())


class BinTransfersRawResource:
    """`client.bin_transfers.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BinTransfersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_bin_transfers.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.update_status = raw(resource.update_status)


class BinTransfersSyncResource(SyncResource):
    """`SyncKatanaClient.bin_transfers`: the actions of `BinTransfersResource`, blocking."""

    list = blocking_list(BinTransfersResource.list)
    get = blocking(BinTransfersResource.get)
    create = blocking(BinTransfersResource.create)
    update = blocking(BinTransfersResource.update)
    delete = blocking(BinTransfersResource.delete)
    update_status = blocking(BinTransfersResource.update_status)

    @cached_property
    def with_raw_response(self) -> BinTransfersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BinTransfersSyncRawResource(self._resource, self._client)


class BinTransfersSyncRawResource(SyncResource):
    """`SyncKatanaClient.bin_transfers.with_raw_response`: see `BinTransfersRawResource`."""

    list = blocking_page(find_bin_transfers.asyncio_detailed)
    get = blocking_raw(BinTransfersResource.get)
    create = blocking_raw(BinTransfersResource.create)
    update = blocking_raw(BinTransfersResource.update)
    delete = blocking_raw(BinTransfersResource.delete)
    update_status = blocking_raw(BinTransfersResource.update_status)
