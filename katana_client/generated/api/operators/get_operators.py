"""Get all operators: `GET /operators` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    list_of,
    parsed,
    send,
)

from ...models.get_operators_working_area import GetOperatorsWorkingArea
from ...models.operator import Operator

OPERATION: Final[Operation[list[Operator]]] = Operation(
    id="getOperators",
    method="GET",
    path="/operators",
    idempotent=True,
    list_items="root",
    pagination="query",
    parse=list_of(Operator),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    working_area: GetOperatorsWorkingArea | Unset = UNSET,
    resource_id: int | Unset = UNSET,
) -> Response[list[Operator]]:
    """Get all operators

    Retrieves a list of operators based on the provided filters.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        working_area: Filters operators by their working area.
        resource_id: Filters operators by resource ID.

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
