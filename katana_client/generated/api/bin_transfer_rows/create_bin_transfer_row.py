"""Create a bin transfer row: `POST /bin_transfer_rows` (generated; do not edit)."""

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

from ...models.bin_transfer_row import BinTransferRow
from ...models.create_bin_transfer_row_dto import CreateBinTransferRowDto

OPERATION: Final[Operation[BinTransferRow]] = Operation(
    id="createBinTransferRow",
    method="POST",
    path="/bin_transfer_rows",
    idempotent=False,
    body="required",
    parse=model_of(BinTransferRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateBinTransferRowDto,
) -> Response[BinTransferRow]:
    """Create a bin transfer row

    Adds a row to an existing bin transfer, optionally with traceability in the same call.
    The row inherits `location_id`, `created_date`, and `departed_at` from the parent
    transfer. Rows cannot be added when the parent is in `DONE`.

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
