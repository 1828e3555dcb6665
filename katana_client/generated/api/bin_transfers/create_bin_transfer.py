"""Create a bin transfer: `POST /bin_transfers` (generated; do not edit)."""

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
from ...models.create_bin_transfer_dto import CreateBinTransferDto

OPERATION: Final[Operation[BinTransfer]] = Operation(
    id="createBinTransfer",
    method="POST",
    path="/bin_transfers",
    idempotent=False,
    body="required",
    parse=model_of(BinTransfer),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateBinTransferDto,
) -> Response[BinTransfer]:
    """Create a bin transfer

    Creates a bin transfer, optionally with rows and per-row traceability in one call. Bin
    transfers move stock between bin locations within a single location. New transfers start
    in `CREATED`; status changes go through the status endpoint.

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
