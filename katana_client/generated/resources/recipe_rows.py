"""`client.recipe_rows`: the Katana operations tagged `recipe_rows` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from katana_client._resources import RequestOptions, Resource, raw
from katana_client._sync import SyncResource, blocking, blocking_raw

from ..api.recipe_rows import (
    delete_recipe_row,
    update_recipe_row,
)
from ..models.recipe_row import RecipeRow
from ..models.recipe_row_update_dto import RecipeRowUpdateDto

__all__ = ["RecipeRowsRawResource", "RecipeRowsResource"]


class RecipeRowsResource(Resource):
    """`client.recipe_rows`: `update`, `delete`.

    Every action is a coroutine method, except list actions, which return an
    `AsyncPager` to iterate with `async for`. Errors are the typed `KatanaAPIError`
    subclasses; `with_raw_response` gives the same actions returning whole responses.
    """

    @cached_property
    def with_raw_response(self) -> RecipeRowsRawResource:
        """The same actions, each returning the whole `Response` (status, headers, model)."""
        return RecipeRowsRawResource(self)

    async def update(
        self,
        id: str,
        body: RecipeRowUpdateDto,
        **options: Unpack[RequestOptions],
    ) -> RecipeRow:
        """Update a recipe row.

        (This endpoint is deprecated in favor of BOM rows)
        Updates the specified recipe row by setting the values of the parameters passed.
        Any parameters not provided will be left unchanged. Since one recipe row can apply to
        multiple product variants,
        updating the row will apply to all objects with the same recipe_row_id.

        Katana operation `updateRecipeRow`: `PATCH /recipe_rows/{id}`. Deprecated by Katana.

        Args:
            id: Recipe row id
            body: The request body (`RecipeRowUpdateDto`), sent as JSON.
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            The `RecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
            KatanaEmptyResponseError: Katana answered 2xx with no body (or JSON null).
        """

        return await self._call(update_recipe_row.OPERATION, locals())

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a recipe row.

        (This endpoint is deprecated in favor of BOM rows)
        Deletes a recipes row by recipe_row_id.
        If one recipe row applies to multiple product variants then all of them are deleted.

        Katana operation `deleteRecipeRow`: `DELETE /recipe_rows/{id}`. Deprecated by Katana.

        Args:
            id: Recipe row id
            **options: This call's `extra_headers`, `extra_query`, `timeout`.

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another path;
                nothing was sent.
            KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
            KatanaResponseShapeError: The body is not the documented result; the request succeeded.
        """

        # Katana may send a body; a delete promises none.
        await self._send(delete_recipe_row.OPERATION, locals())


class RecipeRowsRawResource:
    """`client.recipe_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    def __init__(self, resource: RecipeRowsResource) -> None:
        """Wrap `resource`'s actions (see `katana_client._resources.raw`)."""
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class RecipeRowsSyncResource(SyncResource):
    """`SyncKatanaClient.recipe_rows`: the actions of `RecipeRowsResource`, blocking."""

    update = blocking(RecipeRowsResource.update)
    delete = blocking(RecipeRowsResource.delete)

    @cached_property
    def with_raw_response(self) -> RecipeRowsSyncRawResource:
        """The same actions, each returning the whole `Response`."""
        return RecipeRowsSyncRawResource(self._resource, self._client)


class RecipeRowsSyncRawResource(SyncResource):
    """`SyncKatanaClient.recipe_rows.with_raw_response`: see `RecipeRowsRawResource`."""

    update = blocking_raw(RecipeRowsResource.update)
    delete = blocking_raw(RecipeRowsResource.delete)
