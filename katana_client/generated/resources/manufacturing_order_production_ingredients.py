"""`client.manufacturing_order_production_ingredients`: the Katana operations tagged `manufacturing_order_production_ingredients` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._sync import SyncResource, blocking, blocking_raw

from ..api.manufacturing_order_production_ingredients import (
    update_manufacturing_order_production_ingredient,
)
from ..models.manufacturing_order_production_ingredient import (
    ManufacturingOrderProductionIngredient,
)
from ..models.update_manufacturing_order_production_ingredient_dto import (
    UpdateManufacturingOrderProductionIngredientDto,
)

__all__ = [
    "ManufacturingOrderProductionIngredientsRawResource",
    "ManufacturingOrderProductionIngredientsResource",
]


class ManufacturingOrderProductionIngredientsResource(Resource):
    """`client.manufacturing_order_production_ingredients`: `update`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderProductionIngredientsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return ManufacturingOrderProductionIngredientsRawResource(self)

    async def update(
        self,
        id: int,
        body: UpdateManufacturingOrderProductionIngredientDto,
        **options: Unpack[RequestOptions],
    ) -> ManufacturingOrderProductionIngredient:
        """Update a manufacturing order production ingredient.

        Updates the specified manufacturing order production ingredient by setting the values of
        the parameters passed.
        Any parameters not provided will be left unchanged. Manufacturing order production
        ingredient cannot be updated when
        the manufacturing order status is DONE.

        Katana operation `updateManufacturingOrderProductionIngredient`: `PATCH /manufacturing_order_production_ingredients/{id}`.

        Args:
            id: manufacturing order production ingredient id
            body: The request body (`UpdateManufacturingOrderProductionIngredientDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `ManufacturingOrderProductionIngredient` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(
            update_manufacturing_order_production_ingredient.OPERATION, locals()
        )


class ManufacturingOrderProductionIngredientsRawResource:
    """`client.manufacturing_order_production_ingredients.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: ManufacturingOrderProductionIngredientsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.update = raw(resource.update)


class ManufacturingOrderProductionIngredientsSyncResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_production_ingredients`: the actions of `ManufacturingOrderProductionIngredientsResource`, blocking."""

    update = blocking(ManufacturingOrderProductionIngredientsResource.update)

    @cached_property
    def with_raw_response(self) -> ManufacturingOrderProductionIngredientsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return ManufacturingOrderProductionIngredientsSyncRawResource(self._resource, self._client)


class ManufacturingOrderProductionIngredientsSyncRawResource(SyncResource):
    """`SyncKatanaClient.manufacturing_order_production_ingredients.with_raw_response`: see `ManufacturingOrderProductionIngredientsRawResource`."""

    update = blocking_raw(ManufacturingOrderProductionIngredientsResource.update)
