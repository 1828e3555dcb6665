"""Delete a stocktake: `DELETE /stocktakes/{id}` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    model_or_none,
    parsed,
    send,
)

from ...models.stocktake import Stocktake

OPERATION: Final[Operation[Stocktake | None]] = Operation(
    id="deleteStocktakeById",
    method="DELETE",
    path="/stocktakes/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_or_none(Stocktake),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[Stocktake | None]:
    """Delete a stocktake

    Deletes a single stocktake by id.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Stocktake id

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
