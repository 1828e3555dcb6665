"""Create a price list: `POST /price_lists` (generated; do not edit)."""

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

from ...models.price_list import PriceList
from ...models.price_list_create_dto import PriceListCreateDto

OPERATION: Final[Operation[PriceList]] = Operation(
    id="createPriceList",
    method="POST",
    path="/price_lists",
    idempotent=False,
    body="required",
    parse=model_of(PriceList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: PriceListCreateDto,
) -> Response[PriceList]:
    """Create a price list

    Creates a new price list.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
