"""List planned demand forecast for variant in location: `GET /demand_forecasts` (generated; do not edit)."""

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

from ...models.demand_forecast import DemandForecast

OPERATION: Final[Operation[DemandForecast]] = Operation(
    id="getDemandForecasts",
    method="GET",
    path="/demand_forecasts",
    idempotent=True,
    parse=model_of(DemandForecast),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    variant_id: int,
    location_id: int,
) -> Response[DemandForecast]:
    """List planned demand forecast for variant in location

    Returns planned forecasted demand for a variant in given location.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        variant_id: ID of variant for which to retrieve demand forecast for.
        location_id: ID of location for which to retrieve variant demand forecast for.

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
