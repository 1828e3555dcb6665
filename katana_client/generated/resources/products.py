"""`client.products`: the Katana operations tagged `products` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.products import (
    create_product,
    delete_product,
    get_all_products,
    get_product,
    update_product,
)
from ..models.create_product_dto import CreateProductDto
from ..models.get_all_products_extend_item import GetAllProductsExtendItem
from ..models.get_product_extend_item import GetProductExtendItem
from ..models.product import Product
from ..models.product_update_dto import ProductUpdateDto

__all__ = ["ProductsRawResource", "ProductsResource"]


class ProductsResource(Resource):
    """`client.products`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ProductsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ProductsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        uom: str | Unset = UNSET,
        category_name: str | Unset = UNSET,
        is_sellable: bool | Unset = UNSET,
        is_producible: bool | Unset = UNSET,
        is_purchasable: bool | Unset = UNSET,
        is_auto_assembly: bool | Unset = UNSET,
        default_supplier_id: int | Unset = UNSET,
        batch_tracked: str | Unset = UNSET,
        serial_tracked: str | Unset = UNSET,
        operations_in_sequence: bool | Unset = UNSET,
        purchase_uom: str | Unset = UNSET,
        purchase_uom_conversion_rate: Decimal | float | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        extend: builtins.list[GetAllProductsExtendItem] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Product]:
        """List all products.

        Returns a list of products you’ve previously created. The products are returned in
        sorted order,
        with the most recent products appearing first.

        Katana operation `getAllProducts`: `GET /products`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters products by an array of IDs
            name: Filters products by a name
            uom: Filters products by a uom
            category_name: Query parameter `category_name`.
            is_sellable: Filters products by a is_sellable
            is_producible: Filters products by an is_producible
            is_purchasable: Filters products by an is_purchasable
            is_auto_assembly: Filters products by an is_auto_assembly
            default_supplier_id: Filters products by a default_supplier_id
            batch_tracked: Filters products by a batch_tracked
            serial_tracked: Filters products by a serial_tracked
            operations_in_sequence: Filters products by a operations_in_sequence
            purchase_uom: Filters products by a purchase_uom
            purchase_uom_conversion_rate: Filters products by a purchase_uom_conversion_rate
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            include_archived: Archived data is excluded from result set by default. Set to true to include it.
            extend: Array of objects that need to be added to the response
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Product`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_products.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        *,
        extend: builtins.list[GetProductExtendItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Retrieve a product.

        Retrieves the details of an existing product based on ID.

        Katana operation `getProduct`: `GET /products/{id}`.

        Args:
            id: Product id
            extend: Array of objects that need to be added to the response
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Product` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_product.OPERATION, locals())

    async def create(
        self,
        body: CreateProductDto,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Create a product.

        Creates a product object.

        Katana operation `createProduct`: `POST /products`.

        Args:
            body: The request body (`CreateProductDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Product` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_product.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: ProductUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Update a product.

        Updates the specified product by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateProduct`: `PATCH /products/{id}`.

        Args:
            id: Product id
            body: The request body (`ProductUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Product` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_product.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a product.

        Deletes a product by id.

        Katana operation `deleteProduct`: `DELETE /products/{id}`.

        Args:
            id: Product id
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
        await self._send(delete_product.OPERATION, locals())


class ProductsRawResource:
    """`client.products.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ProductsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_products.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class ProductsSyncResource(SyncResource):
    """`SyncKatanaClient.products`: the actions of `ProductsResource`, blocking."""

    list = blocking_list(ProductsResource.list)
    get = blocking(ProductsResource.get)
    create = blocking(ProductsResource.create)
    update = blocking(ProductsResource.update)
    delete = blocking(ProductsResource.delete)

    @cached_property
    def with_raw_response(self) -> ProductsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ProductsSyncRawResource(self._resource, self._client)


class ProductsSyncRawResource(SyncResource):
    """`SyncKatanaClient.products.with_raw_response`: see `ProductsRawResource`."""

    list = blocking_page(get_all_products.asyncio_detailed)
    get = blocking_raw(ProductsResource.get)
    create = blocking_raw(ProductsResource.create)
    update = blocking_raw(ProductsResource.update)
    delete = blocking_raw(ProductsResource.delete)
