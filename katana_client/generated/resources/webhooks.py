"""`client.webhooks`: the Katana operations tagged `webhooks` (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Unpack

from katana_client._resources import AsyncPager, RequestOptions, Resource, page_of, raw
from katana_client._runtime import UNSET, Unset
from katana_client._sync import SyncResource, blocking, blocking_list, blocking_page, blocking_raw

from ..api.webhooks import (
    create_webhook,
    delete_webhook,
    get_all_webhooks,
    get_webhook,
    update_webhook,
)
from ..models.create_webhook_dto import CreateWebhookDto
from ..models.update_webhook_dto import UpdateWebhookDto
from ..models.webhook import Webhook

__all__ = ["WebhooksRawResource", "WebhooksResource"]


class WebhooksResource(Resource):
    """`client.webhooks`: `list`, `get`, `create`, `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> WebhooksRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return WebhooksRawResource(self)

    def list(
        self,
        *,
        ids: builtins.list[int] | Unset = UNSET,
        url_query: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Webhook]:
        """List all webhooks.

        Returns a list of webhooks you’ve previously created. The entries are returned in a
        sorted order,
        with the most recent ones appearing first.

        Katana operation `getAllWebhooks`: `GET /webhooks`.

        Args:
            ids: Filters webhooks by an array of IDs
            url_query: Filters webhooks by an url
            enabled: Filters webhooks by enabled flag
            page_size: Records per page (`limit`; default 250).
            start_page: The first page to fetch; a failed walk names the page to resume at.
            max_pages: Stop quietly after this many pages; without it a walk past 10,000
                pages raises `KatanaPaginationError`.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            An `AsyncPager` of `Webhook`: `async for` over every record, `.pages()`
            for the pages, `await .collect(max_items=...)` for a list. Nothing is sent
            until it is iterated.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaPaginationError: A page was unreadable or repeated, or the walk passed its limit.
        """

        return AsyncPager(get_all_webhooks.asyncio_detailed, self._client, locals())

    async def get(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Webhook:
        """Retrieve a webhook.

        Retrieves the details of an existing webhook based on ID

        Katana operation `getWebhook`: `GET /webhooks/{id}`.

        Args:
            id: Webhook id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Webhook` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_webhook.OPERATION, locals())

    async def create(
        self,
        body: CreateWebhookDto,
        **options: Unpack[RequestOptions],
    ) -> Webhook:
        """Create a webhook.

        Creates a new webhook object.

        Katana operation `createWebhook`: `POST /webhooks`.

        Args:
            body: The request body (`CreateWebhookDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Webhook` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(create_webhook.OPERATION, locals())

    async def update(
        self,
        id: int,
        body: UpdateWebhookDto,
        **options: Unpack[RequestOptions],
    ) -> Webhook:
        """Update a webhook.

        Updates the specified webhook by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged.

        Katana operation `updateWebhook`: `PATCH /webhooks/{id}`.

        Args:
            id: Webhook id
            body: The request body (`UpdateWebhookDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `Webhook` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_webhook.OPERATION, locals())

    async def delete(
        self,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete webhook.

        Deletes a single webhook by id.

        Katana operation `deleteWebhook`: `DELETE /webhooks/{id}`.

        Args:
            id: Webhook id
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
        await self._send(delete_webhook.OPERATION, locals())


class WebhooksRawResource:
    """`client.webhooks.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: WebhooksResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.list = page_of(get_all_webhooks.asyncio_detailed, resource)
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class WebhooksSyncResource(SyncResource):
    """`SyncKatanaClient.webhooks`: the actions of `WebhooksResource`, blocking."""

    list = blocking_list(WebhooksResource.list)
    get = blocking(WebhooksResource.get)
    create = blocking(WebhooksResource.create)
    update = blocking(WebhooksResource.update)
    delete = blocking(WebhooksResource.delete)

    @cached_property
    def with_raw_response(self) -> WebhooksSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return WebhooksSyncRawResource(self._resource, self._client)


class WebhooksSyncRawResource(SyncResource):
    """`SyncKatanaClient.webhooks.with_raw_response`: see `WebhooksRawResource`."""

    list = blocking_page(get_all_webhooks.asyncio_detailed)
    get = blocking_raw(WebhooksResource.get)
    create = blocking_raw(WebhooksResource.create)
    update = blocking_raw(WebhooksResource.update)
    delete = blocking_raw(WebhooksResource.delete)
