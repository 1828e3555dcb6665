"""`client.inventory`: the Katana operations tagged `inventory` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.inventory import (
    create_inventory_reorder_point,
    create_inventory_safety_stock_level,
    get_all_inventory_movements,
    get_all_inventory_point,
)
from ..models.create_inventory_reorder_point_body import CreateInventoryReorderPointBody
from ..models.create_inventory_safety_stock_level_body import CreateInventorySafetyStockLevelBody
from ..models.get_all_inventory_movements_resource_type import GetAllInventoryMovementsResourceType
from ..models.get_all_inventory_point_extend_item import GetAllInventoryPointExtendItem
from ..models.inventory import Inventory
from ..models.inventory_movement import InventoryMovement
from ..models.inventory_reorder_point import InventoryReorderPoint
from ..models.inventory_safety_stock_level import InventorySafetyStockLevel

__all__ = ["InventoryRawResource", "InventoryResource"]


class InventoryResource(Resource):
    """`client.inventory`: `list`, `create_reorder_point`, `create_safety_stock_level`, `movements`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> InventoryRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return InventoryRawResource(self)

    def list(
        self,
        *,
        variant_id: builtins.list[int] | Unset = UNSET,
        location_id: int | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        extend: builtins.list[GetAllInventoryPointExtendItem] | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Inventory]:
        """List current inventory.

        Returns a list for current inventory. The inventory is returned in sorted order,
        with the oldest locations appearing first.

        Katana operation `getAllInventoryPoint`: `GET /inventory`.

        Args:
            variant_id: Filters inventories by valid variant ids
            location_id: Filters inventories by a valid location id
            include_archived: Includes archived inventories
            extend: Array of objects that need to be added to the response
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Inventory`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_inventory_point.asyncio_detailed, self._client, locals())

    async def create_reorder_point(
        self,
        body: CreateInventoryReorderPointBody,
        **options: Unpack[RequestOptions],
    ) -> InventoryReorderPoint:
        """Update the reorder point.

        (Endpoint deprecation, we recommend using safety_stock instead) Updates an item’s safety
        stock level in a certain location and variant combination.

        Katana operation `createInventoryReorderPoint`: `POST /inventory_reorder_points`. Deprecated by Katana.

        Args:
            body: The request body (`CreateInventoryReorderPointBody`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `InventoryReorderPoint` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_inventory_reorder_point.OPERATION, locals())

    async def create_safety_stock_level(
        self,
        body: CreateInventorySafetyStockLevelBody,
        **options: Unpack[RequestOptions],
    ) -> InventorySafetyStockLevel:
        """Update the safety stock level.

        Update an item’s safety stock level within a certain location and variant combination.

        Katana operation `createInventorySafetyStockLevel`: `POST /inventory_safety_stock_levels`.

        Args:
            body: The request body (`CreateInventorySafetyStockLevelBody`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `InventorySafetyStockLevel` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_inventory_safety_stock_level.OPERATION, locals())

    def movements(
        self,
        *,
        location_id: int | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        variant_ids: builtins.list[int] | Unset = UNSET,
        resource_type: GetAllInventoryMovementsResourceType | Unset = UNSET,
        resource_id: int | Unset = UNSET,
        caused_by_order_no: str | Unset = UNSET,
        caused_by_resource_id: int | Unset = UNSET,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[InventoryMovement]:
        """List all inventory movements.

        Returns a list of inventory movements created by your Katana resources.
        The inventory movements are returned in sorted order, with the most recent movements
        appearing first.

        Katana operation `getAllInventoryMovements`: `GET /inventory_movements`.

        Args:
            location_id: Filters inventory movements by a location_id
            ids: Filters inventory movements by an array of IDs
            variant_ids: Filters inventory movements by an array of variant ids
            resource_type: Filters inventory movements by a resource type
            resource_id: Filters inventory movements by a resource_id
            caused_by_order_no: Filters inventory movements by a caused_by_order_no
            caused_by_resource_id: Filters inventory movements by a caused_by_resource_id
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `InventoryMovement`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_inventory_movements.asyncio_detailed, self._client, locals())


class InventoryRawResource:
    """`client.inventory.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: InventoryResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_inventory_point.asyncio_detailed, resource)
        self.create_reorder_point = raw(resource.create_reorder_point)
        self.create_safety_stock_level = raw(resource.create_safety_stock_level)
        self.movements = page_of(get_all_inventory_movements.asyncio_detailed, resource)


class InventorySyncResource(SyncResource):
    """`SyncKatanaClient.inventory`: the actions of `InventoryResource`, blocking."""

    list = blocking_list(InventoryResource.list)
    create_reorder_point = blocking(InventoryResource.create_reorder_point)
    create_safety_stock_level = blocking(InventoryResource.create_safety_stock_level)
    movements = blocking_list(InventoryResource.movements)

    @cached_property
    def with_raw_response(self) -> InventorySyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return InventorySyncRawResource(self._resource, self._client)


class InventorySyncRawResource(SyncResource):
    """`SyncKatanaClient.inventory.with_raw_response`: see `InventoryRawResource`."""

    list = blocking_page(get_all_inventory_point.asyncio_detailed)
    create_reorder_point = blocking_raw(InventoryResource.create_reorder_point)
    create_safety_stock_level = blocking_raw(InventoryResource.create_safety_stock_level)
    movements = blocking_page(get_all_inventory_movements.asyncio_detailed)
