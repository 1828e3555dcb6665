"""`client.manufacturing_order_recipe_rows`: the Katana operations tagged `manufacturing_order_recipe_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.manufacturing_order_recipe_rows import (
    create_manufacturing_order_recipe_rows,
    delete_manufacturing_order_recipe_row,
    get_all_manufacturing_order_recipe_rows,
    get_manufacturing_order_recipe_row,
    update_manufacturing_order_recipe_rows,
)
from ..models.create_manufacturing_order_recipe_row_dto import CreateManufacturingOrderRecipeRowDto
from ..models.get_all_manufacturing_order_recipe_rows_ingredient_availability import (
    GetAllManufacturingOrderRecipeRowsIngredientAvailability,
)
from ..models.manufacturing_order_recipe_row import ManufacturingOrderRecipeRow
from ..models.update_manufacturing_order_recipe_row_dto import UpdateManufacturingOrderRecipeRowDto

__all__ = ["ManufacturingOrderRecipeRowsRawResource", "ManufacturingOrderRecipeRowsResource"]


class ManufacturingOrderRecipeRowsResource(Resource):
    """`client.manufacturing_order_recipe_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderRecipeRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ManufacturingOrderRecipeRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        manufacturing_order_id: int | Unset = UNSET,
        variant_id: int | Unset = UNSET,
        ingredient_availability: GetAllManufacturingOrderRecipeRowsIngredientAvailability
        | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ManufacturingOrderRecipeRow]:
        """List all manufacturing order recipe rows.

        Returns a list of manufacturing order recipe rows you’ve previously created. The
        manufacturing order
        recipe rows are returned in sorted order, with the most recent manufacturing order
        recipe rows appearing first.

        Katana operation `getAllManufacturingOrderRecipeRows`: `GET /manufacturing_order_recipe_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters manufacturing order recipe rows by an array of IDs
            manufacturing_order_id: Filters manufacturing orders recipe rows by manufacturing order id.
            variant_id: Filters manufacturing orders recipe rows by variant id.
            ingredient_availability: Filters manufacturing orders by an ingredient availability.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ManufacturingOrderRecipeRow`: `async for` over every record, `.pages()`
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
            get_all_manufacturing_order_recipe_rows.asyncio_detailed, self._client, locals()
        )

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderRecipeRow:
        """Retrieve a manufacturing order recipe row.

        Retrieves the details of an existing manufacturing order recipe row.

        Katana operation `getManufacturingOrderRecipeRow`: `GET /manufacturing_order_recipe_rows/{id}`.

        Args:
            id: Manufacturing order recipe row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderRecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_manufacturing_order_recipe_row.OPERATION, locals())

    async def create(
        self,
        body: CreateManufacturingOrderRecipeRowDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderRecipeRow:
        """Create a manufacturing order recipe row.

        Add a recipe row to an existing manufacturing order.
        Recipe rows cannot be added when the manufacturing order status is DONE.

        Katana operation `createManufacturingOrderRecipeRows`: `POST /manufacturing_order_recipe_rows`.

        Args:
            body: The request body (`CreateManufacturingOrderRecipeRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderRecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_manufacturing_order_recipe_rows.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateManufacturingOrderRecipeRowDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderRecipeRow:
        """Update a manufacturing order recipe row.

        Updates the specified manufacturing order recipe row by setting the values of the
        parameters passed.
        Any parameters not provided will be left unchanged. Recipe rows cannot be updated when
        the manufacturing order status is DONE.

        Katana operation `updateManufacturingOrderRecipeRows`: `PATCH /manufacturing_order_recipe_rows/{id}`.

        Args:
            id: manufacturing order recipe id
            body: The request body (`UpdateManufacturingOrderRecipeRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderRecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_manufacturing_order_recipe_rows.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a manufacturing order recipe row.

        Deletes a single manufacturing order recipe row by id.

        Katana operation `deleteManufacturingOrderRecipeRow`: `DELETE /manufacturing_order_recipe_rows/{id}`.

        Args:
            id: Manufacturing order recipe id
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
        await self._send(delete_manufacturing_order_recipe_row.OPERATION, locals())


class ManufacturingOrderRecipeRowsRawResource:
    """`client.manufacturing_order_recipe_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ManufacturingOrderRecipeRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_manufacturing_order_recipe_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class ManufacturingOrderRecipeRowsSyncResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_recipe_rows`: the actions of `ManufacturingOrderRecipeRowsResource`, blocking."""

    list = blocking_list(ManufacturingOrderRecipeRowsResource.list)
    get = blocking(ManufacturingOrderRecipeRowsResource.get)
    create = blocking(ManufacturingOrderRecipeRowsResource.create)
    update = blocking(ManufacturingOrderRecipeRowsResource.update)
    delete = blocking(ManufacturingOrderRecipeRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderRecipeRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ManufacturingOrderRecipeRowsSyncRawResource(self._resource, self._client)


class ManufacturingOrderRecipeRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_recipe_rows.with_raw_response`: see `ManufacturingOrderRecipeRowsRawResource`."""

    list = blocking_page(get_all_manufacturing_order_recipe_rows.asyncio_detailed)
    get = blocking_raw(ManufacturingOrderRecipeRowsResource.get)
    create = blocking_raw(ManufacturingOrderRecipeRowsResource.create)
    update = blocking_raw(ManufacturingOrderRecipeRowsResource.update)
    delete = blocking_raw(ManufacturingOrderRecipeRowsResource.delete)
