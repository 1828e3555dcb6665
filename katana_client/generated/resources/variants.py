"""`client.variants`: the Katana operations tagged `variants` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.variants import (
    create_variant,
    delete_variant,
    get_all_variants,
    get_variant,
    update_variant,
)
from ..models.create_variant_dto import CreateVariantDto
from ..models.get_all_variants_abc_classification import GetAllVariantsAbcClassification
from ..models.get_all_variants_extend_item import GetAllVariantsExtendItem
from ..models.get_all_variants_type import GetAllVariantsType
from ..models.get_variant_extend_item import GetVariantExtendItem
from ..models.variant import Variant
from ..models.variant_update_dto import VariantUpdateDto

__all__ = ["VariantsRawResource", "VariantsResource"]


class VariantsResource(Resource):
    """`client.variants`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> VariantsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return VariantsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        product_id: int | Unset = UNSET,
        material_id: int | Unset = UNSET,
        sku: builtins.list[str] | Unset = UNSET,
        sales_price: Decimal | float | Unset = UNSET,
        purchase_price: Decimal | float | Unset = UNSET,
        type_: GetAllVariantsType | Unset = UNSET,
        internal_barcode: str | Unset = UNSET,
        registered_barcode: str | Unset = UNSET,
        abc_classification: GetAllVariantsAbcClassification | Unset = UNSET,
        supplier_item_codes: builtins.list[str] | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        extend: builtins.list[GetAllVariantsExtendItem] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Variant]:
        """List all variants.

        Returns a list of variants you've previously created. The variants are returned in
        sorted order,
        with the most recent variants appearing first.

        Katana operation `getAllVariants`: `GET /variants`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters variants by an array of IDs
            product_id: Filters variants by a product id
            material_id: Filters variants by a material id
            sku: Filters variants by skus
            sales_price: Filters variants by a sales price
            purchase_price: Filters variants by a purchase price
            type_: Query parameter `type`.
            internal_barcode: Filters variants by an internal barcode
            registered_barcode: Filters variants by a registered barcode
            abc_classification: Query parameter `abc_classification`.
            supplier_item_codes: Filters variants by supplier item codes. Returns the variants that match with any of the
                codes in the array.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            include_archived: Archived data is excluded from result set by default. Set to true to include it.
            extend: Array of objects that need to be added to the response
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Variant`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_variants.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        *,
        extend: builtins.list[GetVariantExtendItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Variant:
        """Retrieve a variant.

        Retrieves the details of an existing variant based on ID.

        Katana operation `getVariant`: `GET /variants/{id}`.

        Args:
            id: Variant id
            extend: Array of objects that need to be added to the response
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Variant` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_variant.OPERATION, locals())

    async def create(
        self,
        body: CreateVariantDto,
        **options: Unpack[RequestOptions],
    ) -> Variant:
        """Create a variant.

        Creates a new variant object. Note that you can create variants for both products and
        materials.
        In order for Katana to know which one you are creating,
        you have to specify either product_id or material_id, not both.

        Katana operation `createVariant`: `POST /variants`.

        Args:
            body: The request body (`CreateVariantDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Variant` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_variant.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: VariantUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> Variant:
        """Update a variant.

        Updates the specified variant by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateVariant`: `PATCH /variants/{id}`.

        Args:
            id: Variant id
            body: The request body (`VariantUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Variant` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_variant.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a variant.

        Deletes a variant by id.

        Katana operation `deleteVariant`: `DELETE /variants/{id}`.

        Args:
            id: Variant id
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
        await self._send(delete_variant.OPERATION, locals())


class VariantsRawResource:
    """`client.variants.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: VariantsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_variants.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class VariantsSyncResource(SyncResource):
    """`SyncKatanaClient.variants`: the actions of `VariantsResource`, blocking."""

    list = blocking_list(VariantsResource.list)
    get = blocking(VariantsResource.get)
    create = blocking(VariantsResource.create)
    update = blocking(VariantsResource.update)
    delete = blocking(VariantsResource.delete)

    @cached_property
    def with_raw_response(self) -> VariantsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return VariantsSyncRawResource(self._resource, self._client)


class VariantsSyncRawResource(SyncResource):
    """`SyncKatanaClient.variants.with_raw_response`: see `VariantsRawResource`."""

    list = blocking_page(get_all_variants.asyncio_detailed)
    get = blocking_raw(VariantsResource.get)
    create = blocking_raw(VariantsResource.create)
    update = blocking_raw(VariantsResource.update)
    delete = blocking_raw(VariantsResource.delete)
