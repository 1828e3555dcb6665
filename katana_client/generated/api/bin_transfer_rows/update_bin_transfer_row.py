"""Update a bin transfer row: `PATCH /bin_transfer_rows/{id}` (generated; do not edit)."""

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
from ...models.update_bin_transfer_row_dto import UpdateBinTransferRowDto

OPERATION: Final[Operation[BinTransferRow]] = Operation(
    id="updateBinTransferRow",
    method="PATCH",
    path="/bin_transfer_rows/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(BinTransferRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateBinTransferRowDto,
) -> Response[BinTransferRow]:
    """Update a bin transfer row

    Updates fields on a single bin transfer row. When the parent transfer is in `DONE`, only
    `traceability` is editable; other fields return 422.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Bin transfer row id
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
