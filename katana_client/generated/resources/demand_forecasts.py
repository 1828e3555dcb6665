"""`client.demand_forecasts`: the Katana operations tagged `demand_forecasts` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._sync import SyncResource, blocking, blocking_raw

from ..api.demand_forecasts import (
    create_demand_forecast,
    delete_demand_forecast,
    get_demand_forecasts,
)
from ..models.demand_forecast import DemandForecast
from ..models.demand_forecast_clear_dto import DemandForecastClearDto
from ..models.demand_forecast_update_dto import DemandForecastUpdateDto

__all__ = ["DemandForecastsRawResource", "DemandForecastsResource"]


class DemandForecastsResource(Resource):
    """`client.demand_forecasts`: `get`, `create`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> DemandForecastsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return DemandForecastsRawResource(self)

    async def get(
        self,
        *,
        variant_id: int,
        location_id: int,
        **options: Unpack[RequestOptions],
    ) -> DemandForecast:
        """List planned demand forecast for variant in location.

        Returns planned forecasted demand for a variant in given location.

        Katana operation `getDemandForecasts`: `GET /demand_forecasts`.

        Args:
            variant_id: ID of variant for which to retrieve demand forecast for.
            location_id: ID of location for which to retrieve variant demand forecast for.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `DemandForecast` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(get_demand_forecasts.OPERATION, locals())

    async def create(
        self,
        body: DemandForecastUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> DemandForecast | None:
        """Add planned demand forecast to variant.

        Add planned demand forecast for a variant in location for the specified periods.

        Katana operation `createDemandForecast`: `POST /demand_forecasts`.

        Args:
            body: The request body (`DemandForecastUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `DemandForecast` Katana answered with, if it sent one (the API
            documents no body), else None.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        return (await self._send(create_demand_forecast.OPERATION, locals())).parsed

    async def delete(
        self,
        body: DemandForecastClearDto,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Clear planned demand forecast to variant.

        Clears planned demand forecast for a variant in location for the specified periods.

        Katana operation `deleteDemandForecast`: `DELETE /demand_forecasts`.

        Args:
            body: The request body (`DemandForecastClearDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        # Katana may send a body; a delete promises none.
        await self._send(delete_demand_forecast.OPERATION, locals())


class DemandForecastsRawResource:
    """`client.demand_forecasts.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: DemandForecastsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.get = raw(resource.get)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)


class DemandForecastsSyncResource(SyncResource):
    """`SyncKatanaClient.demand_forecasts`: the actions of `DemandForecastsResource`, blocking."""

    get = blocking(DemandForecastsResource.get)
    create = blocking(DemandForecastsResource.create)
    delete = blocking(DemandForecastsResource.delete)

    @cached_property
    def with_raw_response(self) -> DemandForecastsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return DemandForecastsSyncRawResource(self._resource, self._client)


class DemandForecastsSyncRawResource(SyncResource):
    """`SyncKatanaClient.demand_forecasts.with_raw_response`: see `DemandForecastsRawResource`."""

    get = blocking_raw(DemandForecastsResource.get)
    create = blocking_raw(DemandForecastsResource.create)
    delete = blocking_raw(DemandForecastsResource.delete)
