"""`client.manufacturing_order_productions`: the Katana operations tagged `manufacturing_order_productions` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.manufacturing_order_productions import (
    create_manufacturing_order_production,
    delete_manufacturing_order_production,
    get_all_manufacturing_order_productions,
    get_manufacturing_order_production,
    update_manufacturing_order_production,
)
from ..models.complete_partially_mo_dto import CompletePartiallyMoDto
from ..models.manufacturing_order_production import ManufacturingOrderProduction
from ..models.update_manufacturing_order_production_dto import UpdateManufacturingOrderProductionDto

__all__ = ["ManufacturingOrderProductionsRawResource", "ManufacturingOrderProductionsResource"]


class ManufacturingOrderProductionsResource(Resource):
    """`client.manufacturing_order_productions`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderProductionsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ManufacturingOrderProductionsRawResource(self)

    def list(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        manufacturing_order_ids: builtins.list[int] | Unset = UNSET,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ManufacturingOrderProduction]:
        """List all manufacturing orders.

        Returns a list of manufacturing orders you’ve previously created.
        The manufacturing orders are returned in sorted order, with the most recent
        manufacturing orders appearing first.

        Katana operation `getAllManufacturingOrderProductions`: `GET /manufacturing_order_productions`.

        Args:
            ids: Filters manufacturing order productions by an array of IDs
            manufacturing_order_ids: Filters manufacturing order productions by manufacturing order ids.
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `ManufacturingOrderProduction`: `async for` over every record, `.pages()`
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
            get_all_manufacturing_order_productions.asyncio_detailed, self._client, locals()
        )

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderProduction:
        """Retrieve a manufacturing order production.

        Retrieves the details of an existing manufacturing order production based on ID.

        Katana operation `getManufacturingOrderProduction`: `GET /manufacturing_order_productions/{id}`.

        Args:
            id: Manufacturing order production id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderProduction` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_manufacturing_order_production.OPERATION, locals())

    async def create(
        self,
        body: CompletePartiallyMoDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderProduction:
        """Create a manufacturing order production.

        Creates a new manufacturing order production (partial completion).

        **Ingredient and Operation Consumption Behavior:**

        The following behavior applies independently to the 'ingredients' and 'operations'
        arrays:

        - **When an array is provided with data**: Records the specified consumption values.
        - **When an array is provided but empty ([])**: Records production but no consumption
        for that array.
        - **When an array is omitted**: Automatically creates consumption based on the
        manufacturing order plan.

        This allows flexible reporting: explicit values, no consumption, or auto-calculated from
        plan.

        Katana operation `createManufacturingOrderProduction`: `POST /manufacturing_order_productions`.

        Args:
            body: The request body (`CompletePartiallyMoDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderProduction` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_manufacturing_order_production.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateManufacturingOrderProductionDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderProduction:
        """Update a manufacturing order production.

        Updates the specified manufacturing order production by setting the values of the
        parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateManufacturingOrderProduction`: `PATCH /manufacturing_order_productions/{id}`.

        Args:
            id: manufacturing order production id
            body: The request body (`UpdateManufacturingOrderProductionDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderProduction` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_manufacturing_order_production.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a manufacturing order production.

        Deletes a single manufacturing order production by id.

        Katana operation `deleteManufacturingOrderProduction`: `DELETE /manufacturing_order_productions/{id}`.

        Args:
            id: Manufacturing order production id
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
        await self._send(delete_manufacturing_order_production.OPERATION, locals())


class ManufacturingOrderProductionsRawResource:
    """`client.manufacturing_order_productions.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ManufacturingOrderProductionsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_manufacturing_order_productions.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class ManufacturingOrderProductionsSyncResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_productions`: the actions of `ManufacturingOrderProductionsResource`, blocking."""

    list = blocking_list(ManufacturingOrderProductionsResource.list)
    get = blocking(ManufacturingOrderProductionsResource.get)
    create = blocking(ManufacturingOrderProductionsResource.create)
    update = blocking(ManufacturingOrderProductionsResource.update)
    delete = blocking(ManufacturingOrderProductionsResource.delete)

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderProductionsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ManufacturingOrderProductionsSyncRawResource(self._resource, self._client)


class ManufacturingOrderProductionsSyncRawResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_productions.with_raw_response`: see `ManufacturingOrderProductionsRawResource`."""

    list = blocking_page(get_all_manufacturing_order_productions.asyncio_detailed)
    get = blocking_raw(ManufacturingOrderProductionsResource.get)
    create = blocking_raw(ManufacturingOrderProductionsResource.create)
    update = blocking_raw(ManufacturingOrderProductionsResource.update)
    delete = blocking_raw(ManufacturingOrderProductionsResource.delete)
