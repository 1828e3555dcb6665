"""`client.custom_fields_collections`: the Katana operations tagged `custom_fields_collections` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of
from katana_client._sync import SyncResource, blocking_list, blocking_page

from ..api.custom_fields_collections import (
    get_custom_fields_collections,
)
from ..models.custom_fields_collection import CustomFieldsCollection

__all__ = ["CustomFieldsCollectionsRawResource", "CustomFieldsCollectionsResource"]


class CustomFieldsCollectionsResource(Resource):
    """`client.custom_fields_collections`: `list`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> CustomFieldsCollectionsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return CustomFieldsCollectionsRawResource(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomFieldsCollection]:
        """List all custom fields collections.

        Retrieves a list of custom fields collections

        Katana operation `getCustomFieldsCollections`: `GET /custom_fields_collections`.

        Args:
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `CustomFieldsCollection`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_custom_fields_collections.asyncio_detailed, self._client, locals())


class CustomFieldsCollectionsRawResource:
    """`client.custom_fields_collections.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: CustomFieldsCollectionsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_custom_fields_collections.asyncio_detailed, resource)


class CustomFieldsCollectionsSyncResource(SyncResource):
    """`SyncKatanaClient.custom_fields_collections`: the actions of `CustomFieldsCollectionsResource`, blocking."""

    list = blocking_list(CustomFieldsCollectionsResource.list)

    @cached_property
    def with_raw_response(self) -> CustomFieldsCollectionsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return CustomFieldsCollectionsSyncRawResource(self._resource, self._client)


class CustomFieldsCollectionsSyncRawResource(SyncResource):
    """`SyncKatanaClient.custom_fields_collections.with_raw_response`: see `CustomFieldsCollectionsRawResource`."""

    list = blocking_page(get_custom_fields_collections.asyncio_detailed)
