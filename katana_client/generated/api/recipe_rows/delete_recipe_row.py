"""Delete a recipe row: `DELETE /recipe_rows/{id}` (generated; do not edit)."""

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

from ...models.recipe_row import RecipeRow

OPERATION: Final[Operation[RecipeRow | None]] = Operation(
    id="deleteRecipeRow",
    method="DELETE",
    path="/recipe_rows/{id}",
    idempotent=True,
    path_params=(("id", "id", "str"),),
    parse=model_or_none(RecipeRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: str,
) -> Response[RecipeRow | None]:
    """Delete a recipe row

    (This endpoint is deprecated in favor of BOM rows)
    Deletes a recipes row by recipe_row_id.
    If one recipe row applies to multiple product variants then all of them are deleted.

    Deprecated by Katana.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Recipe row id

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
