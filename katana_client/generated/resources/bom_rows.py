"""`client.bom_rows`: the Katana operations tagged `bom_rows` (generated; do not edit)."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any, Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.bom_rows import (
    batch_create_bom_rows,
    create_bom_row,
    delete_bom_row,
    get_all_bom_rows,
    update_bom_row,
)
from ..models.bom_row import BomRow
from ..models.bom_row_create_dto import BomRowCreateDto
from ..models.bom_row_update_dto import BomRowUpdateDto
from ..models.create_bom_rows_batch_dto import CreateBomRowsBatchDto

__all__ = ["BomRowsRawResource", "BomRowsResource"]


class BomRowsResource(Resource):
    """`client.bom_rows`: `list`, `create`, `update`, `delete`, `batch_create`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> BomRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return BomRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        product_variant_id: int | Unset = UNSET,
        product_item_id: int | Unset = UNSET,
        ingredient_variant_id: int | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BomRow]:
        """List all BOM rows.

        Returns a list of BOM (Bill of Materials) rows you've previously created.
        Product variant BOM consists of ingredient variants and their quantities.

        Katana operation `getAllBomRows`: `GET /bom_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            id: Filters BOM rows by ID
            product_variant_id: Filters BOM rows by product variant ID
            product_item_id: Filters BOM rows by product item ID
            ingredient_variant_id: Filters BOM rows by ingredient variant ID
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `BomRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_bom_rows.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: BomRowCreateDto,
        **options: Unpack[RequestOptions],
    ) -> BomRow | None:
        """Create a BOM row.

        Create a new BOM row for a product.

        Katana operation `batchCreateBomRows`: `POST /bom_rows`.

        Args:
            body: The request body (`BomRowCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BomRow` Katana answered with, if it sent one (the API
            documents no body), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        return (await self._send(batch_create_bom_rows.OPERATION, locals())).parsed

    async def update(
        self,
        id: str,
        body: BomRowUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> BomRow:
        """Update a BOM row.

        Updates the specified BOM row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateBomRow`: `PATCH /bom_rows/{id}`.

        Args:
            id: BOM row ID
            body: The request body (`BomRowUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `BomRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_bom_row.OPERATION, locals())

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a BOM row.

        Deletes a BOM row by id.

        Katana operation `deleteBomRow`: `DELETE /bom_rows/{id}`.

        Args:
            id: BOM row ID
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
        await self._send(delete_bom_row.OPERATION, locals())

    async def batch_create(
        self,
        body: CreateBomRowsBatchDto,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create many BOM rows.

        Create BOM rows for a product.

        Katana operation `createBomRow`: `POST /bom_rows/batch/create`.

        Args:
            body: The request body (`CreateBomRowsBatchDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        """

        return (await self._send(create_bom_row.OPERATION, locals())).parsed


class BomRowsRawResource:
    """`client.bom_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: BomRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_bom_rows.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.batch_create = raw(resource.batch_create)


class BomRowsSyncResource(SyncResource):
    """`SyncKatanaClient.bom_rows`: the actions of `BomRowsResource`, blocking."""

    list = blocking_list(BomRowsResource.list)
    create = blocking(BomRowsResource.create)
    update = blocking(BomRowsResource.update)
    delete = blocking(BomRowsResource.delete)
    batch_create = blocking(BomRowsResource.batch_create)

    @cached_property
    def with_raw_response(self) -> BomRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return BomRowsSyncRawResource(self._resource, self._client)


class BomRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.bom_rows.with_raw_response`: see `BomRowsRawResource`."""

    list = blocking_page(get_all_bom_rows.asyncio_detailed)
    create = blocking_raw(BomRowsResource.create)
    update = blocking_raw(BomRowsResource.update)
    delete = blocking_raw(BomRowsResource.delete)
    batch_create = blocking_raw(BomRowsResource.batch_create)
