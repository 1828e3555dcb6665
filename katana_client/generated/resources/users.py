"""`client.users`: the Katana operations tagged `users` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.users import (
    get_all_users,
    get_user_info,
)
from ..models.user import User
from ..models.user_info import UserInfo

__all__ = ["UsersRawResource", "UsersResource"]


class UsersResource(Resource):
    """`client.users`: `list`, `user_info`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> UsersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return UsersRawResource(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[User]:
        """List all users.

        Returns a list of users active users in your account.

        Katana operation `getAllUsers`: `GET /users`.

        Args:
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `User`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_users.asyncio_detailed, self._client, locals())

    async def user_info(
        self,
        **options: Unpack[RequestOptions],
    ) -> UserInfo:
        """Get information about the API key's user.

        Katana operation `getUserInfo`: `GET /user_info`.

        Args:
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `UserInfo` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_user_info.OPERATION, locals())


class UsersRawResource:
    """`client.users.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: UsersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_users.asyncio_detailed, resource)
        self.user_info = raw(resource.user_info)


class UsersSyncResource(SyncResource):
    """`SyncKatanaClient.users`: the actions of `UsersResource`, blocking."""

    list = blocking_list(UsersResource.list)
    user_info = blocking(UsersResource.user_info)

    @cached_property
    def with_raw_response(self) -> UsersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return UsersSyncRawResource(self._resource, self._client)


class UsersSyncRawResource(SyncResource):
    """`SyncKatanaClient.users.with_raw_response`: see `UsersRawResource`."""

    list = blocking_page(get_all_users.asyncio_detailed)
    user_info = blocking_raw(UsersResource.user_info)
