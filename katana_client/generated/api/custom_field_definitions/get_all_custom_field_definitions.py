"""List all custom field definitions: `GET /custom_field_definitions` (generated; do not edit)."""

from __future__ import annotations

import datetime
from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    model_of,
    parsed,
    send,
)

from ...models.custom_field_definition_list import CustomFieldDefinitionList

OPERATION: Final[Operation[CustomFieldDefinitionList]] = Operation(
    id="getAllCustomFieldDefinitions",
    method="GET",
    path="/custom_field_definitions",
    idempotent=True,
    list_items="data",
    pagination="query",
    query=(
        "page",
        "limit",
        "created_at_min",
        "created_at_max",
        "updated_at_min",
        "updated_at_max",
        "label",
        "field_type",
        "entity_type",
    ),
    parse=model_of(CustomFieldDefinitionList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    label: str | Unset = UNSET,
    field_type: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
) -> Response[CustomFieldDefinitionList]:
    """List all custom field definitions

    > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

    Returns a list of custom field definitions in the factory, optionally filtered by label,
    field type, or entity type.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        label: Query parameter `label`.
        field_type: Query parameter `field_type`.
        entity_type: Query parameter `entity_type`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
