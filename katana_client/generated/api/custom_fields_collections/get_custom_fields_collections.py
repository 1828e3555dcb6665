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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
