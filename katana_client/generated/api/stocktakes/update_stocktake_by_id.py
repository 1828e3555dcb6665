"""Update a stocktake: `PATCH /stocktakes/{id}` (generated; do not edit)."""

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
from ...models.update_stocktake_dto import UpdateStocktakeDto

OPERATION: Final[Operation[Stocktake | None]] = Operation(
    id="updateStocktakeById",
    method="PATCH",
    path="/stocktakes/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_or_none(Stocktake),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateStocktakeDto,
) -> Response[Stocktake | None]:
    """Update a stocktake

    Updates the specified stocktake by setting the values of the parameters passed.
    Any parameters not provided will be left unchanged. Status updates can take a long time
    so 204 is returned.
    If you need to continue with updates on same entity or its rows,
    you need to poll if status update has ended (status_update_in_progress) and continue
    after that.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Stocktake id
        body: The request body, sent as JSON.

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
