"""`client.product_operation_rows`: the Katana operations tagged `product_operation_rows` (generated; do not edit)."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any, Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.product_operation_rows import (
    create_product_operation_rows,
    delete_product_operation_row,
    get_all_product_operation_rows,
    re_rank_product_operation,
    update_product_operation_row,
)
from ..models.product_operation_create_dto import ProductOperationCreateDto
from ..models.product_operation_row import ProductOperationRow
from ..models.product_operation_row_rank_dto import ProductOperationRowRankDto
from ..models.product_operation_row_update_dto import ProductOperationRowUpdateDto

__all__ = ["ProductOperationRowsRawResource", "ProductOperationRowsResource"]


class ProductOperationRowsResource(Resource):
    """`client.product_operation_rows`: `list`, `create`, `update`, `delete`, `rerank`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ProductOperationRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ProductOperationRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        product_id: int | Unset = UNSET,
        product_operation_row_id: int | Unset = UNSET,
        product_variant_id: int | Unset = UNSET,
        operation_id: int | Unset = UNSET,
        operation_name: str | Unset = UNSET,
        resource_id: int | Unset = UNSET,
        resource_name: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ProductOperationRow]:
        """List all product operations.

        Returns a list of product operation rows you’ve previously created.

        Katana operation `getAllProductOperationRows`: `GET /product_operation_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            product_id: Filters product operation rows by product ID
            product_operation_row_id: Filters product operation rows by product operation row ID
            product_variant_id: Filters product operation rows by product variant ID
            operation_id: Filters product operation rows by operation ID
            operation_name: Filters product operation rows by operation name
            resource_id: Filters product operation rows by resource ID
            resource_name: Filters product operation rows by resource name
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ProductOperationRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_product_operation_rows.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: ProductOperationCreateDto,
        **options: Unpack[RequestOptions],
    ) -> ProductOperationRow | None:
        """Create product operations.

        Create one or many new product operation rows for a product.
        The endpoint accepts up to 150 product operation rows and processes them in bulk.
        If rows are successfully created, 204 is returned.

        Katana operation `createProductOperationRows`: `POST /product_operation_rows`.

        Args:
            body: The request body (`ProductOperationCreateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ProductOperationRow` Katana answered with, if it sent one (the API
            documents no body), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        return (await self._send(create_product_operation_rows.OPERATION, locals())).parsed

    async def update(
        self,
        id: int,
        body: ProductOperationRowUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> ProductOperationRow:
        """Update a product operation row.

        Updates the specified product operation row by setting the values of the parameters
        passed.
        Any parameters not provided will be left unchanged. Since one product operation row can
        apply to multiple product
        variants, updating the row will apply to all objects with the same
        product_operation_row_id.

        Katana operation `updateProductOperationRow`: `PATCH /product_operation_rows/{id}`.

        Args:
            id: Product operation row id
            body: The request body (`ProductOperationRowUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ProductOperationRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_product_operation_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a product operation row.

        Deletes a product operation row by product_operation_row_id.
        If one product operation row applies to multiple product variants then all of them are
        deleted.

        Katana operation `deleteProductOperationRow`: `DELETE /product_operation_rows/{id}`.

        Args:
            id: Product operation row id
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
        await self._send(delete_product_operation_row.OPERATION, locals())

    async def rerank(
        self,
        body: ProductOperationRowRankDto,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Change the product operation's rank.

        Use this endpoint to rearrange product operations.
        This endpoint supports the changing of a single product operation's rank in relation to
        other product operations.
        After repositioning, the rank attribute for all operations of the same product will be
        recalculated.

        Katana operation `reRankProductOperation`: `POST /product_operation_rerank`.

        Args:
            body: The request body (`ProductOperationRowRankDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        """

        return (await self._send(re_rank_product_operation.OPERATION, locals())).parsed


class ProductOperationRowsRawResource:
    """`client.product_operation_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ProductOperationRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_product_operation_rows.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.rerank = raw(resource.rerank)


class ProductOperationRowsSyncResource(SyncResource):
    """`SyncKatanaClient.product_operation_rows`: the actions of `ProductOperationRowsResource`, blocking."""

    list = blocking_list(ProductOperationRowsResource.list)
    create = blocking(ProductOperationRowsResource.create)
    update = blocking(ProductOperationRowsResource.update)
    delete = blocking(ProductOperationRowsResource.delete)
    rerank = blocking(ProductOperationRowsResource.rerank)

    @cached_property
    def with_raw_response(self) -> ProductOperationRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ProductOperationRowsSyncRawResource(self._resource, self._client)


class ProductOperationRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.product_operation_rows.with_raw_response`: see `ProductOperationRowsRawResource`."""

    list = blocking_page(get_all_product_operation_rows.asyncio_detailed)
    create = blocking_raw(ProductOperationRowsResource.create)
    update = blocking_raw(ProductOperationRowsResource.update)
    delete = blocking_raw(ProductOperationRowsResource.delete)
    rerank = blocking_raw(ProductOperationRowsResource.rerank)
