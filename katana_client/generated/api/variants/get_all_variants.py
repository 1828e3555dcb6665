"""List all variants: `GET /variants` (generated; do not edit)."""

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

from ...models.get_all_variants_abc_classification import GetAllVariantsAbcClassification
from ...models.get_all_variants_extend_item import GetAllVariantsExtendItem
from ...models.get_all_variants_type import GetAllVariantsType
from ...models.variant_list import VariantList

OPERATION: Final[Operation[VariantList]] = Operation(
    id="getAllVariants",
    method="GET",
    path="/variants",
    idempotent=True,
    list_items="data",
    pagination="query",
    renamed=(("type_", "type"),),
    parse=model_of(VariantList),
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
    product_id: int | Unset = UNSET,
    material_id: int | Unset = UNSET,
    sku: list[str] | Unset = UNSET,
    sales_price: Decimal | float | Unset = UNSET,
    purchase_price: Decimal | float | Unset = UNSET,
    type_: GetAllVariantsType | Unset = UNSET,
    internal_barcode: str | Unset = UNSET,
    registered_barcode: str | Unset = UNSET,
    abc_classification: GetAllVariantsAbcClassification | Unset = UNSET,
    supplier_item_codes: list[str] | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    extend: list[GetAllVariantsExtendItem] | Unset = UNSET,
) -> Response[VariantList]:
    """List all variants

    Returns a list of variants you've previously created. The variants are returned in
    sorted order,
    with the most recent variants appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters variants by an array of IDs
        product_id: Filters variants by a product id
        material_id: Filters variants by a material id
        sku: Filters variants by skus
        sales_price: Filters variants by a sales price
        purchase_price: Filters variants by a purchase price
        type_: Query parameter `type`.
        internal_barcode: Filters variants by an internal barcode
        registered_barcode: Filters variants by a registered barcode
        abc_classification: Query parameter `abc_classification`.
        supplier_item_codes: Filters variants by supplier item codes. Returns the variants that match with any of the
            codes in the array.
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
        include_archived: Archived data is excluded from result set by default. Set to true to include it.
        extend: Array of objects that need to be added to the response

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
