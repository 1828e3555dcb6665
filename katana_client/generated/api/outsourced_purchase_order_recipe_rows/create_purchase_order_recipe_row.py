"""Create an outsourced purchase order recipe row: `POST /outsourced_purchase_order_recipe_rows` (generated; do not edit)."""

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

from ...models.create_purchase_order_recipe_row_dto import CreatePurchaseOrderRecipeRowDto
from ...models.outsourced_purchase_order_recipe_row import OutsourcedPurchaseOrderRecipeRow

OPERATION: Final[Operation[OutsourcedPurchaseOrderRecipeRow]] = Operation(
    id="createPurchaseOrderRecipeRow",
    method="POST",
    path="/outsourced_purchase_order_recipe_rows",
    idempotent=False,
    body="required",
    parse=model_of(OutsourcedPurchaseOrderRecipeRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreatePurchaseOrderRecipeRowDto,
) -> Response[OutsourcedPurchaseOrderRecipeRow]:
    """Create an outsourced purchase order recipe row

    Add a recipe row to an existing outsourced purchase order.
    Recipe rows cannot be added when the order status is RECEIVED.

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
