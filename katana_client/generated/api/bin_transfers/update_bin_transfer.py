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
