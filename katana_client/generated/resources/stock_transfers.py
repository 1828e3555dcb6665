"""`client.stock_transfers`: the Katana operations tagged `stock_transfers` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.stock_transfers import (
    create_stock_transfer,
    delete_stock_transfer,
    find_stock_transfers,
    update_stock_transfer,
    update_stock_transfer_status,
)
from ..models.create_stock_transfer_dto import CreateStockTransferDto
from ..models.stock_transfer import StockTransfer
from ..models.update_stock_transfer_dto import UpdateStockTransferDto
from ..models.update_stock_transfer_status_dto import UpdateStockTransferStatusDto

__all__ = ["StockTransfersRawResource", "StockTransfersResource"]


class StockTransfersResource(Resource):
    """`client.stock_transfers`: `list`, `create`, `update`, `delete`, `update_status`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> StockTransfersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return StockTransfersRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        stock_transfer_number: str | Unset = UNSET,
        source_location_id: int | Unset = UNSET,
        target_location_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[StockTransfer]:
        """List all stock transfers.

        Returns a list of stock transfers you’ve previously created.
        The stock transfers are returned in sorted order, with the most recent
        stock transfers appearing first.

        Katana operation `findStockTransfers`: `GET /stock_transfers`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters stock transfers by an array of IDs
            stock_transfer_number: Filters stock transfers by a stock transfer number
            source_location_id: Filters stock transfers by source location
            target_location_id: Filters stock transfers by target location
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `StockTransfer`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(find_stock_transfers.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: CreateStockTransferDto,
        **options: Unpack[RequestOptions],
    ) -> StockTransfer:
        """Create a stock transfer.

        Creates a stock transfer object.

        Katana operation `createStockTransfer`: `POST /stock_transfers`.

        Args:
            body: The request body (`CreateStockTransferDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `StockTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_stock_transfer.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateStockTransferDto,
        **options: Unpack[RequestOptions],
    ) -> StockTransfer:
        """Update a stock transfer.

        Updates the specified stock transfer by setting the values of
        the parameters passed. Any parameters not provided will be left unchanged.

        Katana operation `updateStockTransfer`: `PATCH /stock_transfers/{id}`.

        Args:
            id: Stock transfer id
            body: The request body (`UpdateStockTransferDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `StockTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_stock_transfer.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a stock transfer.

        Deletes a single stock transfer by id.

        Katana operation `deleteStockTransfer`: `DELETE /stock_transfers/{id}`.

        Args:
            id: Stock transfer id
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
        await self._send(delete_stock_transfer.OPERATION, locals())

    async def update_status(
        self,
        id: int,
        body: UpdateStockTransferStatusDto,
        **options: Unpack[RequestOptions],
    ) -> StockTransfer:
        """Update stock transfers status.

        Updates the specified stock transfers status.

        Katana operation `updateStockTransferStatus`: `PATCH /stock_transfers/{id}/status`.

        Args:
            id: Stock transfer id
            body: The request body (`UpdateStockTransferStatusDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `StockTransfer` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_stock_transfer_status.OPERATION, locals())


class StockTransfersRawResource:
    """`client.stock_transfers.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: StockTransfersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(find_stock_transfers.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.update_status = raw(resource.update_status)


class StockTransfersSyncResource(SyncResource):
    """`SyncKatanaClient.stock_transfers`: the actions of `StockTransfersResource`, blocking."""

    list = blocking_list(StockTransfersResource.list)
    create = blocking(StockTransfersResource.create)
    update = blocking(StockTransfersResource.update)
    delete = blocking(StockTransfersResource.delete)
    update_status = blocking(StockTransfersResource.update_status)

    @cached_property
    def with_raw_response(self) -> StockTransfersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return StockTransfersSyncRawResource(self._resource, self._client)


class StockTransfersSyncRawResource(SyncResource):
    """`SyncKatanaClient.stock_transfers.with_raw_response`: see `StockTransfersRawResource`."""

    list = blocking_page(find_stock_transfers.asyncio_detailed)
    create = blocking_raw(StockTransfersResource.create)
    update = blocking_raw(StockTransfersResource.update)
    delete = blocking_raw(StockTransfersResource.delete)
    update_status = blocking_raw(StockTransfersResource.update_status)
