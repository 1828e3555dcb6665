"""`client.outsourced_purchase_order_recipe_rows`: the Katana operations tagged `outsourced_purchase_order_recipe_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.outsourced_purchase_order_recipe_rows import (
    create_purchase_order_recipe_row,
    delete_purchase_order_recipe_row,
    get_all_purchase_order_recipe_rows,
    get_purchase_order_recipe_row,
    update_purchase_order_recipe_row,
)
from ..models.create_purchase_order_recipe_row_dto import CreatePurchaseOrderRecipeRowDto
from ..models.outsourced_purchase_order_recipe_row import OutsourcedPurchaseOrderRecipeRow
from ..models.update_purchase_order_recipe_row_dto import UpdatePurchaseOrderRecipeRowDto

__all__ = [
    "OutsourcedPurchaseOrderRecipeRowsRawResource",
    "OutsourcedPurchaseOrderRecipeRowsResource",
]


class OutsourcedPurchaseOrderRecipeRowsResource(Resource):
    """`client.outsourced_purchase_order_recipe_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> OutsourcedPurchaseOrderRecipeRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return OutsourcedPurchaseOrderRecipeRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        purchase_order_id: int | Unset = UNSET,
        purchase_order_row_id: int | Unset = UNSET,
        ingredient_variant_id: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[OutsourcedPurchaseOrderRecipeRow]:
        """List all outsourced purchase order recipe rows.

        Returns a list of outsourced purchase order recipe rows you’ve previously created.
        The recipe rows are returned in sorted order, with the most recent rows appearing first.

        Katana operation `getAllPurchaseOrderRecipeRows`: `GET /outsourced_purchase_order_recipe_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters outsourced purchase order recipe rows by an array of IDs
            purchase_order_id: Filters outsourced purchase order recipe rows by purchase order id
            purchase_order_row_id: Filters outsourced purchase order recipe rows by purchase order row id
            ingredient_variant_id: Filters outsourced purchase order recipe rows by ingredient variant id
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `OutsourcedPurchaseOrderRecipeRow`: `async for` over every record, `.pages()`
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
            get_all_purchase_order_recipe_rows.asyncio_detailed, self._client, locals()
        )

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> OutsourcedPurchaseOrderRecipeRow:
        """Retrieve an outsourced purchase order recipe row.

        Retrieves the details of an existing outsourced purchase order recipe row.

        Katana operation `getPurchaseOrderRecipeRow`: `GET /outsourced_purchase_order_recipe_rows/{id}`.

        Args:
            id: Outsourced purchase order recipe row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `OutsourcedPurchaseOrderRecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_purchase_order_recipe_row.OPERATION, locals())

    async def create(
        self,
        body: CreatePurchaseOrderRecipeRowDto,
        **options: Unpack[RequestOptions],
    ) -> OutsourcedPurchaseOrderRecipeRow:
        """Create an outsourced purchase order recipe row.

        Add a recipe row to an existing outsourced purchase order.
        Recipe rows cannot be added when the order status is RECEIVED.

        Katana operation `createPurchaseOrderRecipeRow`: `POST /outsourced_purchase_order_recipe_rows`.

        Args:
            body: The request body (`CreatePurchaseOrderRecipeRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `OutsourcedPurchaseOrderRecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_purchase_order_recipe_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdatePurchaseOrderRecipeRowDto,
        **options: Unpack[RequestOptions],
    ) -> OutsourcedPurchaseOrderRecipeRow:
        """Update an outsourced purchase order recipe row.

        Updates the specified outsourced purchase order recipe row by setting the values of the
        parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updatePurchaseOrderRecipeRow`: `PATCH /outsourced_purchase_order_recipe_rows/{id}`.

        Args:
            id: Outsourced purchase order recipe row id
            body: The request body (`UpdatePurchaseOrderRecipeRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `OutsourcedPurchaseOrderRecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_purchase_order_recipe_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete outsourced purchase order recipe row.

        Deletes a single outsourced purchase order recipe row by id.
        Recipe rows cannot be deleted when the order status is RECEIVED.

        Katana operation `deletePurchaseOrderRecipeRow`: `DELETE /outsourced_purchase_order_recipe_rows/{id}`.

        Args:
            id: Outsourced purchase order recipe row id
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
        await self._send(delete_purchase_order_recipe_row.OPERATION, locals())


class OutsourcedPurchaseOrderRecipeRowsRawResource:
    """`client.outsourced_purchase_order_recipe_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: OutsourcedPurchaseOrderRecipeRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_purchase_order_recipe_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class OutsourcedPurchaseOrderRecipeRowsSyncResource(SyncResource):
    """`SyncKatanaClient.outsourced_purchase_order_recipe_rows`: the actions of `OutsourcedPurchaseOrderRecipeRowsResource`, blocking."""

    list = blocking_list(OutsourcedPurchaseOrderRecipeRowsResource.list)
    get = blocking(OutsourcedPurchaseOrderRecipeRowsResource.get)
    create = blocking(OutsourcedPurchaseOrderRecipeRowsResource.create)
    update = blocking(OutsourcedPurchaseOrderRecipeRowsResource.update)
    delete = blocking(OutsourcedPurchaseOrderRecipeRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> OutsourcedPurchaseOrderRecipeRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return OutsourcedPurchaseOrderRecipeRowsSyncRawResource(self._resource, self._client)


class OutsourcedPurchaseOrderRecipeRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.outsourced_purchase_order_recipe_rows.with_raw_response`: see `OutsourcedPurchaseOrderRecipeRowsRawResource`."""

    list = blocking_page(get_all_purchase_order_recipe_rows.asyncio_detailed)
    get = blocking_raw(OutsourcedPurchaseOrderRecipeRowsResource.get)
    create = blocking_raw(OutsourcedPurchaseOrderRecipeRowsResource.create)
    update = blocking_raw(OutsourcedPurchaseOrderRecipeRowsResource.update)
    delete = blocking_raw(OutsourcedPurchaseOrderRecipeRowsResource.delete)
