"""`client.materials`: the Katana operations tagged `materials` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.materials import (
    create_material,
    delete_material,
    get_all_materials,
    get_material,
    update_material,
)
from ..models.create_material_dto import CreateMaterialDto
from ..models.get_all_materials_extend_item import GetAllMaterialsExtendItem
from ..models.get_material_extend_item import GetMaterialExtendItem
from ..models.material import Material
from ..models.material_update_dto import MaterialUpdateDto

__all__ = ["MaterialsRawResource", "MaterialsResource"]


class MaterialsResource(Resource):
    """`client.materials`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> MaterialsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return MaterialsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        category_name: str | Unset = UNSET,
        is_sellable: bool | Unset = UNSET,
        uom: str | Unset = UNSET,
        default_supplier_id: int | Unset = UNSET,
        batch_tracked: str | Unset = UNSET,
        purchase_uom: str | Unset = UNSET,
        purchase_uom_conversion_rate: Decimal | float | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        extend: builtins.list[GetAllMaterialsExtendItem] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Material]:
        """List all materials.

        Returns a list of materials you’ve previously created. The materials are returned in
        sorted order,
        with the most recent materials appearing first.

        Katana operation `getAllMaterials`: `GET /materials`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters materials by an array of IDs
            name: Filters materials by a name
            category_name: Query parameter `category_name`.
            is_sellable: Filters materials by a is_sellable
            uom: Filters materials by a uom
            default_supplier_id: Filters materials by a default_supplier_id
            batch_tracked: Filters materials by a batch_tracked
            purchase_uom: Filters materials by a purchase_uom
            purchase_uom_conversion_rate: Filters materials by a purchase_uom_conversion_rate
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            include_archived: Archived data is excluded from result set by default. Set to true to include it.
            extend: Array of objects that need to be added to the response
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Material`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_materials.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        *,
        extend: builtins.list[GetMaterialExtendItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Material:
        """Retrieve a material.

        Retrieves the details of an existing material based on ID.

        Katana operation `getMaterial`: `GET /materials/{id}`.

        Args:
            id: Material id
            extend: Array of objects that need to be added to the response
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Material` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_material.OPERATION, locals())

    async def create(
        self,
        body: CreateMaterialDto,
        **options: Unpack[RequestOptions],
    ) -> Material:
        """Create a material.

        Creates a material object.

        Katana operation `createMaterial`: `POST /materials`.

        Args:
            body: The request body (`CreateMaterialDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Material` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_material.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: MaterialUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> Material:
        """Update a material.

        Updates the specified material by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateMaterial`: `PATCH /materials/{id}`.

        Args:
            id: Material id
            body: The request body (`MaterialUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Material` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_material.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a material.

        Deletes a material by id.

        Katana operation `deleteMaterial`: `DELETE /materials/{id}`.

        Args:
            id: Material id
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
        await self._send(delete_material.OPERATION, locals())


class MaterialsRawResource:
    """`client.materials.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: MaterialsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_materials.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class MaterialsSyncResource(SyncResource):
    """`SyncKatanaClient.materials`: the actions of `MaterialsResource`, blocking."""

    list = blocking_list(MaterialsResource.list)
    get = blocking(MaterialsResource.get)
    create = blocking(MaterialsResource.create)
    update = blocking(MaterialsResource.update)
    delete = blocking(MaterialsResource.delete)

    @cached_property
    def with_raw_response(self) -> MaterialsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return MaterialsSyncRawResource(self._resource, self._client)


class MaterialsSyncRawResource(SyncResource):
    """`SyncKatanaClient.materials.with_raw_response`: see `MaterialsRawResource`."""

    list = blocking_page(get_all_materials.asyncio_detailed)
    get = blocking_raw(MaterialsResource.get)
    create = blocking_raw(MaterialsResource.create)
    update = blocking_raw(MaterialsResource.update)
    delete = blocking_raw(MaterialsResource.delete)
