"""`client.services`: the Katana operations tagged `services` (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.services import (
    create_service,
    delete_service,
    get_all_services,
    get_service,
    update_service,
)
from ..models.create_service_dto import CreateServiceDto
from ..models.service import Service
from ..models.update_service_dto import UpdateServiceDto

__all__ = ["ServicesRawResource", "ServicesResource"]


class ServicesResource(Resource):
    """`client.services`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ServicesRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ServicesRawResource(self)

    def list(
        self,
        *,
        created_at_min: datetime.datetime | Unset = UNSET,
        created_at_max: datetime.datetime | Unset = UNSET,
        updated_at_min: datetime.datetime | Unset = UNSET,
        updated_at_max: datetime.datetime | Unset = UNSET,
        ids: builtins.list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        uom: str | Unset = UNSET,
        category_name: str | Unset = UNSET,
        is_sellable: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Service]:
        """List all services.

        Returns a list of services you’ve previously created. The services are returned in
        sorted order, with the most recent services appearing first.

        Katana operation `getAllServices`: `GET /services`.

        Args:
            created_at_min: Only records with `created_at` at or after this time (ISO 8601).
            created_at_max: Only records with `created_at` at or before this time (ISO 8601).
            updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
            updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
            ids: Filters services by an array of IDs
            name: Filters services by a name
            uom: Filters services by a uom
            category_name: Filters services by a category name
            is_sellable: Filters services by ability to sell
            include_archived: Archived data is excluded from result set by default. Set to true to include it.
            include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Service`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_services.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Service:
        """Retrieve a service.

        Retrieves the details of an existing service based on ID.

        Katana operation `getService`: `GET /services/{id}`.

        Args:
            id: Service id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Service` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_service.OPERATION, locals())

    async def create(
        self,
        body: CreateServiceDto,
        **options: Unpack[RequestOptions],
    ) -> Service:
        """Create a service.

        Creates a service object.

        Katana operation `createService`: `POST /services`.

        Args:
            body: The request body (`CreateServiceDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Service` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_service.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateServiceDto,
        **options: Unpack[RequestOptions],
    ) -> Service:
        """Update a service.

        Updates the specified service by setting the values of the parameters passed. Any
        parameters not provided will be left unchanged.

        Katana operation `updateService`: `PATCH /services/{id}`.

        Args:
            id: Service id
            body: The request body (`UpdateServiceDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Service` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_service.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a service.

        Deletes a service by id.

        Katana operation `deleteService`: `DELETE /services/{id}`.

        Args:
            id: Service id
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
        await self._send(delete_service.OPERATION, locals())


class ServicesRawResource:
    """`client.services.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ServicesResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_services.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class ServicesSyncResource(SyncResource):
    """`SyncKatanaClient.services`: the actions of `ServicesResource`, blocking."""

    list = blocking_list(ServicesResource.list)
    get = blocking(ServicesResource.get)
    create = blocking(ServicesResource.create)
    update = blocking(ServicesResource.update)
    delete = blocking(ServicesResource.delete)

    @cached_property
    def with_raw_response(self) -> ServicesSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ServicesSyncRawResource(self._resource, self._client)


class ServicesSyncRawResource(SyncResource):
    """`SyncKatanaClient.services.with_raw_response`: see `ServicesRawResource`."""

    list = blocking_page(get_all_services.asyncio_detailed)
    get = blocking_raw(ServicesResource.get)
    create = blocking_raw(ServicesResource.create)
    update = blocking_raw(ServicesResource.update)
    delete = blocking_raw(ServicesResource.delete)
