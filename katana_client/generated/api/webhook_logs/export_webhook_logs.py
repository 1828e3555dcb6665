"""Export webhook logs: `POST /webhook_logs_export` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    model_of,
    parsed,
    send,
)

from ...models.webhook_logs_export import WebhookLogsExport
from ...models.webhook_logs_export_dto import WebhookLogsExportDto

OPERATION: Final[Operation[WebhookLogsExport]] = Operation(
    id="exportWebhookLogs",
    method="POST",
    path="/webhook_logs_export",
    idempotent=True,
    body="required",
    parse=model_of(WebhookLogsExport),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: WebhookLogsExportDto,
) -> Response[WebhookLogsExport]:
    """Export webhook logs

    Use the endpoint to export your webhook logs and troubleshoot any issues.
    Webhook logs are filtered by the provided parameters and exported into a CSV file.
    The response contains an URL to the CSV file.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
