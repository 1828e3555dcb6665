"""Get information about the API key's user: `GET /user_info` (generated; do not edit)."""

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

from ...models.user_info import UserInfo

OPERATION: Final[Operation[UserInfo]] = Operation(
    id="getUserInfo",
    method="GET",
    path="/user_info",
    idempotent=True,
    parse=model_of(UserInfo),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
) -> Response[UserInfo]:
    """Get information about the API key's user

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
