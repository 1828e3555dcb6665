"""`client.po_additional_cost_rows`: the Katana operations tagged `po_additional_cost_rows` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.po_additional_cost_rows import (
    create_po_additional_cost_row,
    delete_po_additional_cost,
    get_po_additional_cost_row,
    get_purchase_order_additional_cost_rows,
    update_additional_cost_row,
)
from ..models.create_po_additional_cost_row_dto import CreatePoAdditionalCostRowDto
from ..models.get_purchase_order_additional_cost_rows_distribution_method import (
    GetPurchaseOrderAdditionalCostRowsDistributionMethod,
)
from ..models.po_additional_cost_row import PoAdditionalCostRow
from ..models.update_po_additional_cost_row_dto import UpdatePoAdditionalCostRowDto

__all__ = ["PoAdditionalCostRowsRawResource", "PoAdditionalCostRowsResource"]


class PoAdditionalCostRowsResource(Resource):
    """`client.po_additional_cost_rows`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> PoAdditionalCostRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return PoAdditionalCostRowsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        group_id: int | Unset = UNSET,
        additional_cost_id: int | Unset = UNSET,
        distribution_method: GetPurchaseOrderAdditionalCostRowsDistributionMethod | Unset = UNSET,
        tax_rate_id: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PoAdditionalCostRow]:
        """List all purchase order additional cost rows.

        Returns a list of purchase order additional cost rows you’ve previously created.

        Katana operation `getPurchaseOrderAdditionalCostRows`: `GET /po_additional_cost_rows`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters purchase order additional cost rows by an array of IDs
            group_id: Filters purchase order additional cost rows by group id
            additional_cost_id: Filters purchase order additional cost rows by additional cost id
            distribution_method: Filters purchase order additional cost rows by an distribution method
            tax_rate_id: Filters purchase order additional cost rows by tax rate id
            currency: Filters purchase order additional cost rows by a currency
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `PoAdditionalCostRow`: `async for` over every record, `.pages()`
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
            get_purchase_order_additional_cost_rows.asyncio_detailed, self._client, locals()
        )

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PoAdditionalCostRow:
        """Retrieve a purchase order additional cost row.

        Retrieves the details of an existing purchase order additional cost row based on ID

        Katana operation `getPoAdditionalCostRow`: `GET /po_additional_cost_rows/{id}`.

        Args:
            id: Purchase order additional cost row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PoAdditionalCostRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_po_additional_cost_row.OPERATION, locals())

    async def create(
        self,
        body: CreatePoAdditionalCostRowDto,
        **options: Unpack[RequestOptions],
    ) -> PoAdditionalCostRow:
        """Create a purchase order additional cost row.

        Add a purchase order additional cost row to an existing group.

        Katana operation `createPoAdditionalCostRow`: `POST /po_additional_cost_rows`.

        Args:
            body: The request body (`CreatePoAdditionalCostRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PoAdditionalCostRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_po_additional_cost_row.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdatePoAdditionalCostRowDto,
        **options: Unpack[RequestOptions],
    ) -> PoAdditionalCostRow:
        """Update a purchase order additional cost row.

        Updates the specified purchase order additional cost row by setting the values of the
        parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateAdditionalCostRow`: `PATCH /po_additional_cost_rows/{id}`.

        Args:
            id: Purchase order additional cost row id
            body: The request body (`UpdatePoAdditionalCostRowDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `PoAdditionalCostRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_additional_cost_row.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a purchase order additional cost row.

        Deletes a purchase order additional cost row by id.

        Katana operation `deletePoAdditionalCost`: `DELETE /po_additional_cost_rows/{id}`.

        Args:
            id: Purchase order additional cost id
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
        await self._send(delete_po_additional_cost.OPERATION, locals())


class PoAdditionalCostRowsRawResource:
    """`client.po_additional_cost_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: PoAdditionalCostRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_purchase_order_additional_cost_rows.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class PoAdditionalCostRowsSyncResource(SyncResource):
    """`SyncKatanaClient.po_additional_cost_rows`: the actions of `PoAdditionalCostRowsResource`, blocking."""

    list = blocking_list(PoAdditionalCostRowsResource.list)
    get = blocking(PoAdditionalCostRowsResource.get)
    create = blocking(PoAdditionalCostRowsResource.create)
    update = blocking(PoAdditionalCostRowsResource.update)
    delete = blocking(PoAdditionalCostRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> PoAdditionalCostRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return PoAdditionalCostRowsSyncRawResource(self._resource, self._client)


class PoAdditionalCostRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.po_additional_cost_rows.with_raw_response`: see `PoAdditionalCostRowsRawResource`."""

    list = blocking_page(get_purchase_order_additional_cost_rows.asyncio_detailed)
    get = blocking_raw(PoAdditionalCostRowsResource.get)
    create = blocking_raw(PoAdditionalCostRowsResource.create)
    update = blocking_raw(PoAdditionalCostRowsResource.update)
    delete = blocking_raw(PoAdditionalCostRowsResource.delete)
