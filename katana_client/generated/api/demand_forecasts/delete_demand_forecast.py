"""Clear planned demand forecast to variant.: `DELETE /demand_forecasts` (generated; do not edit)."""

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
from ...models.demand_forecast_clear_dto import DemandForecastClearDto

OPERATION: Final[Operation[DemandForecast | None]] = Operation(
    id="deleteDemandForecast",
    method="DELETE",
    path="/demand_forecasts",
    idempotent=True,
    body="required",
    parse=model_or_none(DemandForecast),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: DemandForecastClearDto,
) -> Response[DemandForecast | None]:
    """Clear planned demand forecast to variant.

    Clears planned demand forecast for a variant in location for the specified periods.

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
