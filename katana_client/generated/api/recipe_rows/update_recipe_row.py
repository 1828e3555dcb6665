"""Update a recipe row: `PATCH /recipe_rows/{id}` (generated; do not edit)."""

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

from ...models.recipe_row import RecipeRow
from ...models.recipe_row_update_dto import RecipeRowUpdateDto

OPERATION: Final[Operation[RecipeRow]] = Operation(
    id="updateRecipeRow",
    method="PATCH",
    path="/recipe_rows/{id}",
    idempotent=True,
    path_params=(("id", "id", "str"),),
    body="required",
    parse=model_of(RecipeRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: str,
    body: RecipeRowUpdateDto,
) -> Response[RecipeRow]:
    """Update a recipe row

    (This endpoint is deprecated in favor of BOM rows)
    Updates the specified recipe row by setting the values of the parameters passed.
    Any parameters not provided will be left unchanged. Since one recipe row can apply to
    multiple product variants,
    updating the row will apply to all objects with the same recipe_row_id.

    Deprecated by Katana.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Recipe row id
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
