"""`client.serial_numbers_stock`: the Katana operations tagged `serial_numbers_stock` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.serial_numbers_stock import (
    get_serial_number_stock,
)
from ..models.serial_numbers_stock import SerialNumbersStock

__all__ = ["SerialNumbersStockRawResource", "SerialNumbersStockResource"]


class SerialNumbersStockResource(Resource):
    """`client.serial_numbers_stock`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SerialNumbersStockRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SerialNumbersStockRawResource(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SerialNumbersStock]:
        """Returns a list of in-stock serial numbers.

        Return a list of serial numbers with in-stock status which references to the linked
        resources

        Katana operation `getSerialNumberStock`: `GET /serial_numbers_stock`.

        Args:
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SerialNumbersStock`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_serial_number_stock.asyncio_detailed, self._client, locals())


class SerialNumbersStockRawResource:
    """`client.serial_numbers_stock.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SerialNumbersStockResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_serial_number_stock.asyncio_detailed, resource)


class SerialNumbersStockSyncResource(SyncResource):
    """`SyncKatanaClient.serial_numbers_stock`: the actions of `SerialNumbersStockResource`, blocking."""

    list = blocking_list(SerialNumbersStockResource.list)

    @cached_property
    def with_raw_response(self) -> SerialNumbersStockSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SerialNumbersStockSyncRawResource(self._resource, self._client)


class SerialNumbersStockSyncRawResource(SyncResource):
    """`SyncKatanaClient.serial_numbers_stock.with_raw_response`: see `SerialNumbersStockRawResource`."""

    list = blocking_page(get_serial_number_stock.asyncio_detailed)
