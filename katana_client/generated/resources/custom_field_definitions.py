"""`client.custom_field_definitions`: the Katana operations tagged `custom_field_definitions` (generated; do not edit)."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.custom_field_definitions import (
    create_custom_field_definition,
    delete_custom_field_definition,
    get_all_custom_field_definitions,
    get_custom_field_definition,
    update_custom_field_definition,
)
from ..models.create_custom_field_definition_dto import CreateCustomFieldDefinitionDto
from ..models.custom_field_definition import CustomFieldDefinition
from ..models.update_custom_field_definition_dto import UpdateCustomFieldDefinitionDto

__all__ = ["CustomFieldDefinitionsRawResource", "CustomFieldDefinitionsResource"]


class CustomFieldDefinitionsResource(Resource):
    """`client.custom_field_definitions`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> CustomFieldDefinitionsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return CustomFieldDefinitionsRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        label: str | Unset = UNSET,
        field_type: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomFieldDefinition]:
        """List all custom field definitions.

        > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

        Returns a list of custom field definitions in the factory, optionally filtered by label,
        field type, or entity type.

        Katana operation `getAllCustomFieldDefinitions`: `GET /custom_field_definitions`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            label: Filters by exact label match.
            field_type: Filters by field type.
            entity_type: Filters by entity type.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `CustomFieldDefinition`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_custom_field_definitions.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldDefinition:
        """Retrieve a custom field definition.

        > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

        Retrieves a custom field definition by id.

        Katana operation `getCustomFieldDefinition`: `GET /custom_field_definitions/{id}`.

        Args:
            id: Custom field definition id (UUID).
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `CustomFieldDefinition` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_custom_field_definition.OPERATION, locals())

    async def create(
        self,
        body: CreateCustomFieldDefinitionDto,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldDefinition:
        """Create a custom field definition.

        > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

        Creates a new custom field definition for a given entity type. A factory may have at
        most 50 definitions.

        Katana operation `createCustomFieldDefinition`: `POST /custom_field_definitions`.

        Args:
            body: The request body (`CreateCustomFieldDefinitionDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `CustomFieldDefinition` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_custom_field_definition.OPERATION, locals())

    async def update(
        self,
        id: str,
        body: UpdateCustomFieldDefinitionDto,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldDefinition:
        """Update a custom field definition.

        > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

        Updates the `label`, `description`, or `options` of a custom field definition. Other
        properties (`field_type`, `entity_type`, `source`) are immutable.

        Katana operation `updateCustomFieldDefinition`: `PATCH /custom_field_definitions/{id}`.

        Args:
            id: Custom field definition id (UUID).
            body: The request body (`UpdateCustomFieldDefinitionDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `CustomFieldDefinition` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_custom_field_definition.OPERATION, locals())

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a custom field definition.

        > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

        Deletes a custom field definition by id.

        Katana operation `deleteCustomFieldDefinition`: `DELETE /custom_field_definitions/{id}`.

        Args:
            id: Custom field definition id (UUID).
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
        await self._send(delete_custom_field_definition.OPERATION, locals())


class CustomFieldDefinitionsRawResource:
    """`client.custom_field_definitions.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: CustomFieldDefinitionsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_custom_field_definitions.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class CustomFieldDefinitionsSyncResource(SyncResource):
    """`SyncKatanaClient.custom_field_definitions`: the actions of `CustomFieldDefinitionsResource`, blocking."""

    list = blocking_list(CustomFieldDefinitionsResource.list)
    get = blocking(CustomFieldDefinitionsResource.get)
    create = blocking(CustomFieldDefinitionsResource.create)
    update = blocking(CustomFieldDefinitionsResource.update)
    delete = blocking(CustomFieldDefinitionsResource.delete)

    @cached_property
    def with_raw_response(self) -> CustomFieldDefinitionsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return CustomFieldDefinitionsSyncRawResource(self._resource, self._client)


class CustomFieldDefinitionsSyncRawResource(SyncResource):
    """`SyncKatanaClient.custom_field_definitions.with_raw_response`: see `CustomFieldDefinitionsRawResource`."""

    list = blocking_page(get_all_custom_field_definitions.asyncio_detailed)
    get = blocking_raw(CustomFieldDefinitionsResource.get)
    create = blocking_raw(CustomFieldDefinitionsResource.create)
    update = blocking_raw(CustomFieldDefinitionsResource.update)
    delete = blocking_raw(CustomFieldDefinitionsResource.delete)
