"""`client.recipe_rows`: the Katana operations tagged `recipe_rows` (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from katana_client._resources import Resource, parsed_or_raise
from katana_client._runtime import Response

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
        return RecipeRowsRawResource(self._client)

    async def update(
        self,
        id: str,
        body: RecipeRowUpdateDto,
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

        Returns:
            The `RecipeRow` Katana answered with.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
            KatanaEmptyResponseError: Katana answered 2xx without a body.
        """

        response = await update_recipe_row.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return parsed_or_raise(response, update_recipe_row.OPERATION.id)

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a recipe row.

        (This endpoint is deprecated in favor of BOM rows)
        Deletes a recipes row by recipe_row_id.
        If one recipe row applies to multiple product variants then all of them are deleted.

        Katana operation `deleteRecipeRow`: `DELETE /recipe_rows/{id}`. Deprecated by Katana.

        Args:
            id: Recipe row id

        Returns:
            None once Katana has acted.

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        response = await delete_recipe_row.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response  # Katana may send a body; a delete promises none.


class RecipeRowsRawResource(Resource):
    """`client.recipe_rows.with_raw_response`: each action returns the whole `Response`.

    Use it for the status code or headers (`X-Pagination`, rate-limit headers) as well
    as the parsed model. List actions fetch one page per call (`page=`, `limit=`).
    """

    async def update(
        self,
        id: str,
        body: RecipeRowUpdateDto,
    ) -> Response[RecipeRow]:
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

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            `RecipeRow` (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await update_recipe_row.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Response[Any]:
        """Delete a recipe row.

        (This endpoint is deprecated in favor of BOM rows)
        Deletes a recipes row by recipe_row_id.
        If one recipe row applies to multiple product variants then all of them are deleted.

        Katana operation `deleteRecipeRow`: `DELETE /recipe_rows/{id}`. Deprecated by Katana.

        Args:
            id: Recipe row id

        Returns:
            The `Response`: `status_code`, `headers`, raw `content` and the `parsed`
            JSON (None when Katana sent no body).

        Raises:
            KatanaAPIError: Katana answered with an error status: `KatanaNotFoundError` (404),
                `KatanaValidationError` (422), `KatanaRateLimitError` (429), ... .
            KatanaTransportError: No response arrived (a timeout or a connection failure).
            KatanaParameterError: A path value is of the wrong type or could name another
                path; nothing was sent.
            KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128)
                levels; the request itself succeeded.
        """

        return await delete_recipe_row.asyncio_detailed(
            client=self._client,
            id=id,
        )
