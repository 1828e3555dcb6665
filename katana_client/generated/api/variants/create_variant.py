"""Create a variant: `POST /variants` (generated; do not edit)."""

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

from ...models.create_variant_dto import CreateVariantDto
from ...models.variant import Variant

OPERATION: Final[Operation[Variant]] = Operation(
    id="createVariant",
    method="POST",
    path="/variants",
    idempotent=False,
    body="required",
    parse=model_of(Variant),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateVariantDto,
) -> Response[Variant]:
    """Create a variant

    Creates a new variant object. Note that you can create variants for both products and
    materials.
    In order for Katana to know which one you are creating,
    you have to specify either product_id or material_id, not both.

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
