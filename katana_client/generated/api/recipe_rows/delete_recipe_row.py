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
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaParameterError: A path value is of the wrong type or could name another path;
            nothing was sent.
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
