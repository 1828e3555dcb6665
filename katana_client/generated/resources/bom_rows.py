"""`client.bom_rows`: the Katana operations tagged `bom_rows` (generated; do not edit)."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any

from katana_client._resources import AsyncPager, Resource, parsed_or_raise
from katana_client._runtime import UNSET, Response, Unset

from ..api.bom_rows import (
    batch_create_bom_rows,
    create_bom_row,
    delete_bom_row,
    get_all_bom_rows,
    update_bom_row,
)
from ..models.bom_row import BomRow
from ..models.bom_row_create_dto import BomRowCreateDto
from ..models.bom_row_list import BomRowList
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
        return BomRowsRawResource(self._client)

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

        Returns:
            An `AsyncPager` of `BomRow`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return AsyncPager(
            get_all_bom_rows.asyncio_detailed,
            self._client,
            {
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
                "updated_at_min": updated_at_min,
                "updated_at_max": updated_at_max,
                "id": id,
                "product_variant_id": product_variant_id,
                "product_item_id": product_item_id,
                "ingredient_variant_id": ingredient_variant_id,
            },
            page_size=page_size,
            start_page=start_page,
            max_pages=max_pages,
        )

    async def create(
        self,
        body: BomRowCreateDto,
    ) -> Any:
        """Create a BOM row.

        Create a new BOM row for a product.

        Katana operation `batchCreateBomRows`: `POST /bom_rows`.

        Args:
            body: The request body (`BomRowCreateDto`), sent as JSON.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        response = await batch_create_bom_rows.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return response.parsed

    async def update(
        self,
        id: str,
        body: BomRowUpdateDto,
    ) -> BomRow:
        """Update a BOM row.

        Updates the specified BOM row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateBomRow`: `PATCH /bom_rows/{id}`.

        Args:
            id: BOM row ID
            body: The request body (`BomRowUpdateDto`), sent as JSON.

        Returns:
            The `BomRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
            KatanaEmptyResponseError: Katana answered 2xx without a body.
        """

        response = await update_bom_row.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return parsed_or_raise(response, update_bom_row.OPERATION.id)

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a BOM row.

        Deletes a BOM row by id.

        Katana operation `deleteBomRow`: `DELETE /bom_rows/{id}`.

        Args:
            id: BOM row ID

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        response = await delete_bom_row.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response  # Katana may send a body; a delete promises none.

    async def batch_create(
        self,
        body: CreateBomRowsBatchDto,
    ) -> Any:
        """Create many BOM rows.

        Create BOM rows for a product.

        Katana operation `createBomRow`: `POST /bom_rows/batch/create`.

        Args:
            body: The request body (`CreateBomRowsBatchDto`), sent as JSON.

        Returns:
            The decoded JSON body if Katana sent one (the API documents none), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        response = await create_bom_row.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return response.parsed


class BomRowsRawResource(Resource):
    """`client.bom_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        product_variant_id: int | Unset = UNSET,
        product_item_id: int | Unset = UNSET,
        ingredient_variant_id: int | Unset = UNSET,
    ) -> Response[BomRowList]:
        """List all BOM rows.

        Returns a list of BOM (Bill of Materials) rows you've previously created.
        Product variant BOM consists of ingredient variants and their quantities.

        Katana operation `getAllBomRows`: `GET /bom_rows`. One page per call;
        `page` and `limit` choose it.

        Args:
            page: Page number, starting at 1.
            limit: Number of records per page (default 50). Katana states no maximum; integrators report
                250 as the cap in practice.
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            id: Filters BOM rows by ID
            product_variant_id: Filters BOM rows by product variant ID
            product_item_id: Filters BOM rows by product item ID
            ingredient_variant_id: Filters BOM rows by ingredient variant ID

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            `BomRowList` (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await get_all_bom_rows.asyncio_detailed(
            client=self._client,
            page=page,
            limit=limit,
            created_at_min=created_at_min,
            created_at_max=created_at_max,
            updated_at_min=updated_at_min,
            updated_at_max=updated_at_max,
            id=id,
            product_variant_id=product_variant_id,
            product_item_id=product_item_id,
            ingredient_variant_id=ingredient_variant_id,
        )

    async def create(
        self,
        body: BomRowCreateDto,
    ) -> Response[Any]:
        """Create a BOM row.

        Create a new BOM row for a product.

        Katana operation `batchCreateBomRows`: `POST /bom_rows`.

        Args:
            body: The request body (`BomRowCreateDto`), sent as JSON.

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            JSON (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await batch_create_bom_rows.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def update(
        self,
        id: str,
        body: BomRowUpdateDto,
    ) -> Response[BomRow]:
        """Update a BOM row.

        Updates the specified BOM row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateBomRow`: `PATCH /bom_rows/{id}`.

        Args:
            id: BOM row ID
            body: The request body (`BomRowUpdateDto`), sent as JSON.

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            `BomRow` (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await update_bom_row.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Response[Any]:
        """Delete a BOM row.

        Deletes a BOM row by id.

        Katana operation `deleteBomRow`: `DELETE /bom_rows/{id}`.

        Args:
            id: BOM row ID

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            JSON (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await delete_bom_row.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def batch_create(
        self,
        body: CreateBomRowsBatchDto,
    ) -> Response[Any]:
        """Create many BOM rows.

        Create BOM rows for a product.

        Katana operation `createBomRow`: `POST /bom_rows/batch/create`.

        Args:
            body: The request body (`CreateBomRowsBatchDto`), sent as JSON.

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            JSON (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await create_bom_row.asyncio_detailed(
            client=self._client,
            body=body,
        )
