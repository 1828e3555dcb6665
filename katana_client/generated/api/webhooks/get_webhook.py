"""Retrieve a webhook: `GET /webhooks/{id}` (generated; do not edit)."""

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

from ...models.webhook import Webhook

OPERATION: Final[Operation[Webhook]] = Operation(
    id="getWebhook",
    method="GET",
    path="/webhooks/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_of(Webhook),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[Webhook]:
    """Retrieve a webhook

    Retrieves the details of an existing webhook based on ID

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Webhook id

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaParameterError: A path value is of the wrong type or could name another path;
            nothing was sent.
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
