"""`client.additional_costs`: the Katana operations tagged `additional_costs` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.additional_costs import (
    get_additional_costs,
)
from ..models.additional_cost import AdditionalCost

__all__ = ["AdditionalCostsRawResource", "AdditionalCostsResource"]


class AdditionalCostsResource(Resource):
    """`client.additional_costs`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> AdditionalCostsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return AdditionalCostsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AdditionalCost]:
        """List all additional costs.

        Returns a list of additional costs you’ve previously created.

        Katana operation `getAdditionalCosts`: `GET /additional_costs`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters additional costs by an array of IDs
            name: Filters additional costs by a name
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `AdditionalCost`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_additional_costs.asyncio_detailed, self._client, locals())


class AdditionalCostsRawResource:
    """`client.additional_costs.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: AdditionalCostsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_additional_costs.asyncio_detailed, resource)


class AdditionalCostsSyncResource(SyncResource):
    """`SyncKatanaClient.additional_costs`: the actions of `AdditionalCostsResource`, blocking."""

    list = blocking_list(AdditionalCostsResource.list)

    @cached_property
    def with_raw_response(self) -> AdditionalCostsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return AdditionalCostsSyncRawResource(self._resource, self._client)


class AdditionalCostsSyncRawResource(SyncResource):
    """`SyncKatanaClient.additional_costs.with_raw_response`: see `AdditionalCostsRawResource`."""

    list = blocking_page(get_additional_costs.asyncio_detailed)
