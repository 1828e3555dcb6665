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
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        label: Filters by exact label match.
        field_type: Filters by field type.
        entity_type: Filters by entity type.

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
