"""List all tax rates: `GET /tax_rates` (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal
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

from ...models.tax_rate_list import TaxRateList

OPERATION: Final[Operation[TaxRateList]] = Operation(
    id="getAllTaxRates",
    method="GET",
    path="/tax_rates",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(TaxRateList),
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
    rate: Decimal | float | Unset = UNSET,
    name: str | Unset = UNSET,
    is_default_sales: bool | Unset = UNSET,
    is_default_purchases: bool | Unset = UNSET,
) -> Response[TaxRateList]:
    """List all tax rates

    Returns a list of tax rate you’ve previously created.
    The tax rate are returned in sorted order, with the most recent tax rate appearing
    first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters tax rates by an array of IDs
        rate: Filters tax rates by rate
        name: Filters tax rates by a name
        is_default_sales: Filters tax rates by an is_default_sales
        is_default_purchases: Filters tax rates by an is_default_purchases

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
