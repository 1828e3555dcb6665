"""Retrieve an outsourced purchase order recipe row: `GET /outsourced_purchase_order_recipe_rows/{id}` (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from katana_client._runtime import (
    Response,
    SupportsAsyncHTTPX,
    build_response,
    path_param,
)

from ...models.outsourced_purchase_order_recipe_row import OutsourcedPurchaseOrderRecipeRow

OPERATION_ID: Final = "getPurchaseOrderRecipeRow"
METHOD: Final = "GET"
PATH: Final = "/outsourced_purchase_order_recipe_rows/{id}"
# Whether sending this request twice has the same effect as sending it once; the
# resilience layer only retries a request that may have reached Katana when it is.
IDEMPOTENT: Final = True
# For list operations: where the items are ("data": `{"data": [...]}`, "root": a bare
# array) and how pages are requested ("query": page/limit parameters, "body": the
# request body's filter); None when the operation does not list or does not page.
LIST_ITEMS: Final[str | None] = None
PAGINATION: Final[str | None] = None
# Sent with every request as the httpx extension "katana_operation", so that the layers
# below (retries, rate limiting, logging) know which operation a request is and whether
# it may be repeated, without a list of operations in handwritten code.
OPERATION: Final[Mapping[str, Any]] = MappingProxyType(
    {
        "id": OPERATION_ID,
        "method": METHOD,
        "path": PATH,
        "idempotent": IDEMPOTENT,
        "list_items": LIST_ITEMS,
        "pagination": PAGINATION,
    }
)


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "extensions": {"katana_operation": OPERATION},
        "url": "/outsourced_purchase_order_recipe_rows/{id}".format(
            id=path_param(OPERATION_ID, "id", id, "int"),
        ),
    }
    return kwargs


def _parse(data: Any) -> OutsourcedPurchaseOrderRecipeRow:
    result: OutsourcedPurchaseOrderRecipeRow = (
        OutsourcedPurchaseOrderRecipeRow._from_owned(data) if data.__class__ is dict else data
    )
    return result


async def asyncio_detailed(
    *,
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[OutsourcedPurchaseOrderRecipeRow]:
    """Retrieve an outsourced purchase order recipe row

    Retrieves the details of an existing outsourced purchase order recipe row.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Path parameter `id`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse)


async def asyncio(
    *,
    client: SupportsAsyncHTTPX,
    id: int,
) -> OutsourcedPurchaseOrderRecipeRow | None:
    """Retrieve an outsourced purchase order recipe row

    Retrieves the details of an existing outsourced purchase order recipe row.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Path parameter `id`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The parsed body, or None when Katana sent an empty body.
    """

    response = await asyncio_detailed(
        client=client,
        id=id,
    )
    return response.parsed
