"""List all sales order accounting metadata: `GET /sales_order_accounting_metadata` (generated; do not edit)."""

from __future__ import annotations

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

from ...models.sales_order_accounting_metadata_list import SalesOrderAccountingMetadataList

OPERATION: Final[Operation[SalesOrderAccountingMetadataList]] = Operation(
    id="getAllSalesOrderAccountingMetadata",
    method="GET",
    path="/sales_order_accounting_metadata",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(SalesOrderAccountingMetadataList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sales_order_id: int | Unset = UNSET,
    fulfillment_id: int | Unset = UNSET,
) -> Response[SalesOrderAccountingMetadataList]:
    """List all sales order accounting metadata

    Returns a list of sales order accounting metadata entries.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        sales_order_id: Filters sales order accounting metadata by sales order id
        fulfillment_id: Filters sales order accounting metadata by fulfillment id

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
