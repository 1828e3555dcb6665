"""Update a bin transfer: `PATCH /bin_transfers/{id}` (generated; do not edit)."""

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

from ...models.bin_transfer import BinTransfer
from ...models.update_bin_transfer_dto import UpdateBinTransferDto

OPERATION: Final[Operation[BinTransfer]] = Operation(
    id="updateBinTransfer",
    method="PATCH",
    path="/bin_transfers/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(BinTransfer),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateBinTransferDto,
) -> Response[BinTransfer]:
    """Update a bin transfer

    Updates header fields on a bin transfer. Status changes go through the status endpoint.

    `departed_at` and `arrived_at` accept backfill / correction values within the current
    status — they
    cannot transition the transfer between statuses, and they cannot be nulled here.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Bin transfer id
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
