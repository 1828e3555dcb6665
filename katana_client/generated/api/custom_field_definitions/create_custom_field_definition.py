"""Create a custom field definition: `POST /custom_field_definitions` (generated; do not edit)."""

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

from ...models.create_custom_field_definition_dto import CreateCustomFieldDefinitionDto
from ...models.custom_field_definition import CustomFieldDefinition

OPERATION: Final[Operation[CustomFieldDefinition]] = Operation(
    id="createCustomFieldDefinition",
    method="POST",
    path="/custom_field_definitions",
    idempotent=False,
    body="required",
    parse=model_of(CustomFieldDefinition),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateCustomFieldDefinitionDto,
) -> Response[CustomFieldDefinition]:
    """Create a custom field definition

    > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

    Creates a new custom field definition for a given entity type. A factory may have at
    most 50 definitions.

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
