"""Delete a supplier: `DELETE /suppliers/{id}` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

# Every fact about the operation, read by the request core (`send`), the resilience
# layer (`idempotent`: a request that may have reached Katana is retried only if it is)
# and pagination (`list_items`, `pagination`).
OPERATION: Final[Operation[Any]] = Operation(
    id="deleteSupplier",
    method="DELETE",
    path="/suppliers/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[Any]:
    """Delete a supplier

    Deletes a supplier by id.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Path parameter `id`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """

    # `locals()` first thing is exactly the parameters (a test holds it to that).
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
"""As `asyncio_detailed`, with the same arguments, returning only the parsed body."""
