"""`client.factory`: the Katana operations tagged `factory` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._sync import SyncResource, blocking, blocking_raw

from ..api.factory import (
    get_factory,
)
from ..models.factory import Factory

__all__ = ["FactoryRawResource", "FactoryResource"]


class FactoryResource(Resource):
    """`client.factory`: `get`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> FactoryRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return FactoryRawResource(self)

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> Factory:
        """Retrieve the current factory.

        Returns the general information about the factory.

        Katana operation `getFactory`: `GET /factory`.

        Args:
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Factory` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_factory.OPERATION, locals())


class FactoryRawResource:
    """`client.factory.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: FactoryResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.get = raw(resource.get)


class FactorySyncResource(SyncResource):
    """`SyncKatanaClient.factory`: the actions of `FactoryResource`, blocking."""

    get = blocking(FactoryResource.get)

    @cached_property
    def with_raw_response(self) -> FactorySyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return FactorySyncRawResource(self._resource, self._client)


class FactorySyncRawResource(SyncResource):
    """`SyncKatanaClient.factory.with_raw_response`: see `FactoryRawResource`."""

    get = blocking_raw(FactoryResource.get)
