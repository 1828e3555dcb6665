"""`client.operators`: the Katana operations tagged `operators` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.operators import (
    get_operators,
)
from ..models.get_operators_working_area import GetOperatorsWorkingArea
from ..models.operator import Operator

__all__ = ["OperatorsRawResource", "OperatorsResource"]


class OperatorsResource(Resource):
    """`client.operators`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> OperatorsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return OperatorsRawResource(self)

    def list(
        self,
        *,
        working_area: GetOperatorsWorkingArea | Unset = UNSET,
        resource_id: int | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Operator]:
        """Get all operators.

        Retrieves a list of operators based on the provided filters.

        Katana operation `getOperators`: `GET /operators`.

        Args:
            working_area: Filters operators by their working area.
            resource_id: Filters operators by resource ID.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Operator`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_operators.asyncio_detailed, self._client, locals())


class OperatorsRawResource:
    """`client.operators.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: OperatorsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_operators.asyncio_detailed, resource)


class OperatorsSyncResource(SyncResource):
    """`SyncKatanaClient.operators`: the actions of `OperatorsResource`, blocking."""

    list = blocking_list(OperatorsResource.list)

    @cached_property
    def with_raw_response(self) -> OperatorsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return OperatorsSyncRawResource(self._resource, self._client)


class OperatorsSyncRawResource(SyncResource):
    """`SyncKatanaClient.operators.with_raw_response`: see `OperatorsRawResource`."""

    list = blocking_page(get_operators.asyncio_detailed)
