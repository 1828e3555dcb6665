"""List all purchase order additional cost rows: `GET /po_additional_cost_rows` (generated; do not edit)."""

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

from ...models.get_purchase_order_additional_cost_rows_distribution_method import (
    GetPurchaseOrderAdditionalCostRowsDistributionMethod,
)
from ...models.po_additional_cost_row_list import PoAdditionalCostRowList

OPERATION: Final[Operation[PoAdditionalCostRowList]] = Operation(
    id="getPurchaseOrderAdditionalCostRows",
    method="GET",
    path="/po_additional_cost_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(PoAdditionalCostRowList),
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
    ids: list[int] | Unset = UNSET,
    group_id: int | Unset = UNSET,
    additional_cost_id: int | Unset = UNSET,
    distribution_method: GetPurchaseOrderAdditionalCostRowsDistributionMethod | Unset = UNSET,
    tax_rate_id: int | Unset = UNSET,
    currency: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[PoAdditionalCostRowList]:
    """List all purchase order additional cost rows

    Returns a list of purchase order additional cost rows you’ve previously created.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters purchase order additional cost rows by an array of IDs
        group_id: Filters purchase order additional cost rows by group id
        additional_cost_id: Filters purchase order additional cost rows by additional cost id
        distribution_method: Filters purchase order additional cost rows by an distribution method
        tax_rate_id: Filters purchase order additional cost rows by tax rate id
        currency: Filters purchase order additional cost rows by a currency
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.

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
