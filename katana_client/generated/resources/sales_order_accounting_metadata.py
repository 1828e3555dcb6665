"""`client.sales_order_accounting_metadata`: the Katana operations tagged `sales_order_accounting_metadata` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.sales_order_accounting_metadata import (
    get_all_sales_order_accounting_metadata,
)
from ..models.sales_order_accounting_metadata import SalesOrderAccountingMetadata

__all__ = ["SalesOrderAccountingMetadataRawResource", "SalesOrderAccountingMetadataResource"]


class SalesOrderAccountingMetadataResource(Resource):
    """`client.sales_order_accounting_metadata`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SalesOrderAccountingMetadataRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SalesOrderAccountingMetadataRawResource(self)

    def list(
        self,
        *,
        sales_order_id: int | Unset = UNSET,
        fulfillment_id: int | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SalesOrderAccountingMetadata]:
        """List all sales order accounting metadata.

        Returns a list of sales order accounting metadata entries.

        Katana operation `getAllSalesOrderAccountingMetadata`: `GET /sales_order_accounting_metadata`.

        Args:
            sales_order_id: Filters sales order accounting metadata by sales order id
            fulfillment_id: Filters sales order accounting metadata by fulfillment id
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SalesOrderAccountingMetadata`: `async for` over every record, `.pages()`
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
            get_all_sales_order_accounting_metadata.asyncio_detailed, self._client, locals()
        )


class SalesOrderAccountingMetadataRawResource:
    """`client.sales_order_accounting_metadata.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SalesOrderAccountingMetadataResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_sales_order_accounting_metadata.asyncio_detailed, resource)


class SalesOrderAccountingMetadataSyncResource(SyncResource):
    """`SyncKatanaClient.sales_order_accounting_metadata`: the actions of `SalesOrderAccountingMetadataResource`, blocking."""

    list = blocking_list(SalesOrderAccountingMetadataResource.list)

    @cached_property
    def with_raw_response(self) -> SalesOrderAccountingMetadataSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SalesOrderAccountingMetadataSyncRawResource(self._resource, self._client)


class SalesOrderAccountingMetadataSyncRawResource(SyncResource):
    """`SyncKatanaClient.sales_order_accounting_metadata.with_raw_response`: see `SalesOrderAccountingMetadataRawResource`."""

    list = blocking_page(get_all_sales_order_accounting_metadata.asyncio_detailed)
