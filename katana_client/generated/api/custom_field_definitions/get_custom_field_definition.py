"""Retrieve a custom field definition: `GET /custom_field_definitions/{id}` (generated; do not edit)."""

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

from ...models.custom_field_definition import CustomFieldDefinition

OPERATION: Final[Operation[CustomFieldDefinition]] = Operation(
    id="getCustomFieldDefinition",
    method="GET",
    path="/custom_field_definitions/{id}",
    idempotent=True,
    path_params=(("id", "id", "str"),),
    parse=model_of(CustomFieldDefinition),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: str,
) -> Response[CustomFieldDefinition]:
    """Retrieve a custom field definition

    > 🚧 **Beta — feature-flagged.** Contact support@katanamrp.com to enable.

    Retrieves a custom field definition by id.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Custom field definition id (UUID).

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
