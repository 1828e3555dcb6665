"""`client.serial_numbers`: the Katana operations tagged `serial_numbers` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.serial_numbers import (
    create_serial_numbers,
    delete_serial_numbers,
    get_serial_numbers,
    get_serial_numbers_stock,
)
from ..models.add_serial_numbers_to_entity_dto import AddSerialNumbersToEntityDto
from ..models.delete_serial_number_dto import DeleteSerialNumberDto
from ..models.get_serial_numbers_resource_type import GetSerialNumbersResourceType
from ..models.serial_number import SerialNumber
from ..models.serial_numbers_result import SerialNumbersResult
from ..models.serial_numbers_stock import SerialNumbersStock

__all__ = ["SerialNumbersRawResource", "SerialNumbersResource"]


class SerialNumbersResource(Resource):
    """`client.serial_numbers`: `list`, `create`, `delete`, `stock`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> SerialNumbersRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return SerialNumbersRawResource(self)

    def list(
        self,
        *,
        resource_type: GetSerialNumbersResourceType | Unset = UNSET,
        resource_id: int | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SerialNumber]:
        """Returns a list of serial numbers.

        Returns a list of serial numbers linked to the specified resource, sorted
        alphabetically.

        Katana operation `getSerialNumbers`: `GET /serial_numbers`.

        Args:
            resource_type: Resource type
            resource_id: Resource id
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SerialNumber`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_serial_numbers.asyncio_detailed, self._client, locals())

    async def create(
        self,
        body: AddSerialNumbersToEntityDto,
        **options: Unpack[RequestOptions],
    ) -> SerialNumbersResult:
        """Assign serial numbers to a resource.

        Assigns the provided list of serial numbers to the specified resource.

        Katana operation `createSerialNumbers`: `POST /serial_numbers`.

        Args:
            body: The request body (`AddSerialNumbersToEntityDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `SerialNumbersResult` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_serial_numbers.OPERATION, locals())

    async def delete(
        self,
        body: DeleteSerialNumberDto,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unassign serial numbers from a resource.

        Unassigns serial numbers from a resource

        Katana operation `deleteSerialNumbers`: `DELETE /serial_numbers`.

        Args:
            body: The request body (`DeleteSerialNumberDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        """

        # Katana may send a body; a delete promises none.
        await self._send(delete_serial_numbers.OPERATION, locals())

    def stock(
        self,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SerialNumbersStock]:
        """List serial numbers in stock.

        Katana operation `getSerialNumbersStock`: `GET /serial_numbers/serial_numbers_stock`.

        Args:
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `SerialNumbersStock`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_serial_numbers_stock.asyncio_detailed, self._client, locals())


class SerialNumbersRawResource:
    """`client.serial_numbers.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: SerialNumbersResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_serial_numbers.asyncio_detailed, resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.stock = page_of(get_serial_numbers_stock.asyncio_detailed, resource)


class SerialNumbersSyncResource(SyncResource):
    """`SyncKatanaClient.serial_numbers`: the actions of `SerialNumbersResource`, blocking."""

    list = blocking_list(SerialNumbersResource.list)
    create = blocking(SerialNumbersResource.create)
    delete = blocking(SerialNumbersResource.delete)
    stock = blocking_list(SerialNumbersResource.stock)

    @cached_property
    def with_raw_response(self) -> SerialNumbersSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return SerialNumbersSyncRawResource(self._resource, self._client)


class SerialNumbersSyncRawResource(SyncResource):
    """`SyncKatanaClient.serial_numbers.with_raw_response`: see `SerialNumbersRawResource`."""

    list = blocking_page(get_serial_numbers.asyncio_detailed)
    create = blocking_raw(SerialNumbersResource.create)
    delete = blocking_raw(SerialNumbersResource.delete)
    stock = blocking_page(get_serial_numbers_stock.asyncio_detailed)
