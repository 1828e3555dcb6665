"""`client.additional_costs`: the Katana operations tagged `additional_costs` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property

from katana_client._resources import AsyncPager, Resource
from katana_client._runtime import UNSET, Response, Unset

from ..api.additional_costs import (
    get_additional_costs,
)
from ..models.additional_cost import AdditionalCost
from ..models.additional_cost_list import AdditionalCostList

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
        return AdditionalCostsRawResource(self._client)

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

        Returns:
            An `AsyncPager` of `AdditionalCost`: `async for` over every record, `.pages()`
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
            get_additional_costs.asyncio_detailed,
            self._client,
            {
                "created_at_min": created_at_min,
                "created_at_max": created_at_max,
                "updated_at_min": updated_at_min,
                "updated_at_max": updated_at_max,
                "ids": ids,
                "name": name,
                "include_deleted": include_deleted,
            },
            page_size=page_size,
            start_page=start_page,
            max_pages=max_pages,
        )


class AdditionalCostsRawResource(Resource):
    """`client.additional_costs.with_raw_response`: each action returns the whole `Response`.

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
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
    ) -> Response[AdditionalCostList]:
        """List all additional costs.

        Returns a list of additional costs you’ve previously created.

        Katana operation `getAdditionalCosts`: `GET /additional_costs`. One page per call;
        `page` and `limit` choose it.

        Args:
            page: Page number, starting at 1.
            limit: Number of records per page (default 50). Katana states no maximum; integrators report
                250 as the cap in practice.
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters additional costs by an array of IDs
            name: Filters additional costs by a name
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            `AdditionalCostList` (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await get_additional_costs.asyncio_detailed(
            client=self._client,
            page=page,
            limit=limit,
            created_at_min=created_at_min,
            created_at_max=created_at_max,
            updated_at_min=updated_at_min,
            updated_at_max=updated_at_max,
            ids=ids,
            name=name,
            include_deleted=include_deleted,
        )
