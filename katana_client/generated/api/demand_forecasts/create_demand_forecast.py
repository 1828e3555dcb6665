"""Add planned demand forecast to variant.: `POST /demand_forecasts` (generated; do not edit)."""

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

from ...models.demand_forecast import DemandForecast
from ...models.demand_forecast_update_dto import DemandForecastUpdateDto

OPERATION: Final[Operation[DemandForecast | None]] = Operation(
    id="createDemandForecast",
    method="POST",
    path="/demand_forecasts",
    idempotent=False,
    body="required",
    parse=model_or_none(DemandForecast),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: DemandForecastUpdateDto,
) -> Response[DemandForecast | None]:
    """Add planned demand forecast to variant.

    Add planned demand forecast for a variant in location for the specified periods.

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
