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
