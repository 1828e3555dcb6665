"""`client.webhook_logs`: the Katana operations tagged `webhook_logs` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._sync import SyncResource, blocking, blocking_raw

from ..api.webhook_logs import (
    export_webhook_logs,
)
from ..models.webhook_logs_export import WebhookLogsExport
from ..models.webhook_logs_export_dto import WebhookLogsExportDto

__all__ = ["WebhookLogsRawResource", "WebhookLogsResource"]


class WebhookLogsResource(Resource):
    """`client.webhook_logs`: `export`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> WebhookLogsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return WebhookLogsRawResource(self)

    async def export(
        self,
        body: WebhookLogsExportDto,
        **options: Unpack[RequestOptions],
    ) -> WebhookLogsExport:
        """Export webhook logs.

        Use the endpoint to export your webhook logs and troubleshoot any issues.
        Webhook logs are filtered by the provided parameters and exported into a CSV file.
        The response contains an URL to the CSV file.

        Katana operation `exportWebhookLogs`: `POST /webhook_logs_export`.

        Args:
            body: The request body (`WebhookLogsExportDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `WebhookLogsExport` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(export_webhook_logs.OPERATION, locals())


class WebhookLogsRawResource:
    """`client.webhook_logs.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: WebhookLogsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.export = raw(resource.export)


class WebhookLogsSyncResource(SyncResource):
    """`SyncKatanaClient.webhook_logs`: the actions of `WebhookLogsResource`, blocking."""

    export = blocking(WebhookLogsResource.export)

    @cached_property
    def with_raw_response(self) -> WebhookLogsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return WebhookLogsSyncRawResource(self._resource, self._client)


class WebhookLogsSyncRawResource(SyncResource):
    """`SyncKatanaClient.webhook_logs.with_raw_response`: see `WebhookLogsRawResource`."""

    export = blocking_raw(WebhookLogsResource.export)
