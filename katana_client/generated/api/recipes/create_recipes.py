"""Create recipes: `POST /recipes` (generated; do not edit)."""

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

from ...models.recipe import Recipe
from ...models.recipe_row_create_many_dto import RecipeRowCreateManyDto

OPERATION: Final[Operation[Recipe | None]] = Operation(
    id="createRecipes",
    method="POST",
    path="/recipes",
    idempotent=False,
    body="required",
    parse=model_or_none(Recipe),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: RecipeRowCreateManyDto,
) -> Response[Recipe | None]:
    """Create recipes

    (This endpoint is deprecated in favor of BOM rows)
    Create one or many new recipe rows for a product.
    The endpoint accepts up to 150 recipe rows and processes them in bulk.
    If rows are successfully created, 204 is returned.

    Deprecated by Katana.

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
