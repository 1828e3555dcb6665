"""List all custom fields collections: `GET /custom_fields_collections` (generated; do not edit)."""

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

from ...models.custom_fields_collection_list import CustomFieldsCollectionList

OPERATION: Final[Operation[CustomFieldsCollectionList]] = Operation(
    id="getCustomFieldsCollections",
    method="GET",
    path="/custom_fields_collections",
    idempotent=True,
    list_items="data",
    parse=model_of(CustomFieldsCollectionList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
) -> Response[CustomFieldsCollectionList]:
    """List all custom fields collections

    Retrieves a list of custom fields collections

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.

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
