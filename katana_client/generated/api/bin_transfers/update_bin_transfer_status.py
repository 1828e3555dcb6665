"""Transition a bin transfer status: `PATCH /bin_transfers/{id}/status` (generated; do not edit)."""

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
from ...models.update_bin_transfer_status_dto import UpdateBinTransferStatusDto

OPERATION: Final[Operation[BinTransfer]] = Operation(
    id="updateBinTransferStatus",
    method="PATCH",
    path="/bin_transfers/{id}/status",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(BinTransfer),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateBinTransferStatusDto,
) -> Response[BinTransfer]:
    """Transition a bin transfer status

    Transitions a bin transfer status. Any status is reachable from any other; the
    transition stamps or
    clears the corresponding movement dates on the transfer and every row.

    | From         | To           | Effect
    |
    |--------------|--------------|---------------------------------------------------------
    ------------|
    | `CREATED`    | `IN_TRANSIT` | Stamps `departed_at` = now.
    |
    | `CREATED`    | `DONE`       | Stamps `departed_at` = now and `arrived_at` = now.
    |
    | `IN_TRANSIT` | `DONE`       | Stamps `arrived_at` = now.
    |
    | `IN_TRANSIT` | `CREATED`    | Clears `departed_at`.
    |
    | `DONE`       | `IN_TRANSIT` | Clears `arrived_at`.
    |
    | `DONE`       | `CREATED`    | Clears both `departed_at` and `arrived_at`.
    |

    Submitting the current status is a no-op (200 with the unchanged transfer). Stamped or
    cleared
    timestamps must fall outside any inventory lock date window, otherwise 422.

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
