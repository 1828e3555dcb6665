"""A small FastAPI service in front of Katana: list products, create sales orders.

Run it against the real API (the key comes from the environment)::

    KATANA_API_KEY=... uvicorn --app-dir examples fastapi_service.app:app

or against the fake Katana, as its tests do (see test_app.py).

`katana_error_response` is the part to copy: it turns every failure of a Katana call
into an answer the service's own callers can act on, and says when a create may have
happened although it failed (`outcome_unknown`), so that nobody blindly creates twice.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from katana_client import (
    KatanaAPIError,
    KatanaClient,
    KatanaClientClosedError,
    KatanaError,
    KatanaRateLimitError,
    KatanaTimeoutError,
    KatanaTransportError,
    KatanaValidationError,
)
from katana_client.fastapi import KatanaClientDep, katana_lifespan
from katana_client.generated.api.products import get_all_products
from katana_client.generated.api.sales_orders import create_sales_order
from katana_client.generated.models import CreateSalesOrderDto, CreateSalesOrderRowDto
from katana_client.generated.types import UNSET, Unset

T = TypeVar("T")


class Product(BaseModel):
    """A product as this service shows it."""

    id: int
    name: str | None
    skus: list[str]


class OrderRequest(BaseModel):
    """What a caller sends to order one variant."""

    customer_id: int
    variant_id: int
    quantity: Decimal = Field(gt=0)
    price_per_unit: Decimal | None = None


class Order(BaseModel):
    """The sales order Katana created."""

    id: int
    order_no: str | None
    status: str | None
    total: Decimal | None


def create_app(client_factory: Callable[[], KatanaClient] = KatanaClient) -> FastAPI:
    """Build the service; `client_factory` makes its one KatanaClient at startup."""
    # The lifespan closes the client at shutdown, after uvicorn has let the requests in
    # flight finish; a request still calling Katana after that gets a 503 (see below).
    app = FastAPI(title="Katana example service", lifespan=katana_lifespan(client_factory))
    app.add_exception_handler(KatanaError, katana_error_handler)

    @app.get("/products")
    async def list_products(
        katana: KatanaClientDep,
        page: int = Query(1, ge=1),
        limit: int = Query(50, ge=1, le=250),
    ) -> list[Product]:
        listed = await get_all_products.asyncio(client=katana, page=page, limit=limit)
        return [
            Product(
                id=product.id,
                name=_set(product.name),
                skus=[sku for v in _set(product.variants) or [] if (sku := _set(v.sku))],
            )
            for product in (_set(listed.data) or [] if listed else [])
        ]

    @app.post("/orders", status_code=201)
    async def create_order(order: OrderRequest, katana: KatanaClientDep) -> Order:
        row = CreateSalesOrderRowDto(
            variant_id=order.variant_id,
            quantity=order.quantity,
            price_per_unit=order.price_per_unit if order.price_per_unit is not None else UNSET,
        )
        body = CreateSalesOrderDto(customer_id=order.customer_id, sales_order_rows=[row])
        made = await create_sales_order.asyncio(client=katana, body=body)
        if made is None:
            raise HTTPException(502, "Katana sent no sales order back")
        return Order(
            id=made.id,
            order_no=_set(made.order_no),
            status=str(status) if (status := _set(made.status)) else None,
            total=_set(made.total),
        )

    return app


def _set(value: T | Unset | None) -> T | None:
    """Katana's optional fields: a value, null, or absent (`UNSET`); the last two as None."""
    return None if isinstance(value, Unset) else value


_logger = logging.getLogger("fastapi_service")
_MAY_EXIST = (
    "it may still have been applied (an order may have been created): check before "
    "retrying, or it may be applied twice"
)


def katana_error_response(error: KatanaError) -> JSONResponse:
    """The answer for a failed Katana call: a status and `{detail, outcome_unknown}`.

    - 422: Katana refused the values (its field `details` are passed on);
    - 503 with `Retry-After`: Katana's rate limit, a request never sent (the client's
      rate-limit wait timed out, Katana was unreachable) or the service shutting down;
    - 504 when Katana did not answer in time, 502 when the connection was lost or
      Katana failed.

    Whatever the status, `outcome_unknown` true means the request may have taken
    effect (a create timed out after it was sent), and the detail says to check before
    retrying; false means nothing was changed. The detail is written here, never
    copied from the error: an error's text names URLs and Katana's messages, which are
    the service's business, not its callers'. (It never holds the API key either: the
    SDK keeps keys out of every error and log.)
    """
    if isinstance(error, KatanaValidationError):
        details = error.body.get("details") if isinstance(error.body, dict) else None
        return JSONResponse({"detail": details or error.message}, status_code=422)
    unknown = bool(getattr(error, "outcome_unknown", False))
    retry_after = 1.0
    if isinstance(error, KatanaRateLimitError):
        status, what = 503, "Katana's rate limit is reached"
        retry_after = error.retry_after or retry_after
    elif isinstance(error, KatanaClientClosedError):
        status, what = 503, "The service is shutting down"
    elif isinstance(error, KatanaTransportError) and not error.request_sent:
        status, what = 503, "Katana was not called (too busy, or unreachable)"
    elif isinstance(error, KatanaTimeoutError):
        status, what = 504, "Katana did not answer in time"
    elif isinstance(error, KatanaAPIError):
        status, what = 502, f"Katana answered {error.status_code}"
    else:  # a lost connection, or a failure before any answer (e.g. credentials)
        status, what = 502, "The call to Katana failed"
    if unknown:
        detail = f"{what}; {_MAY_EXIST}"
    else:
        detail = f"{what}; nothing was changed" + (", retry later" if status == 503 else "")
    headers = {"Retry-After": str(math.ceil(retry_after))} if status == 503 else None
    return JSONResponse(
        {"detail": detail, "outcome_unknown": unknown}, status_code=status, headers=headers
    )


async def katana_error_handler(request: Request, error: Exception) -> JSONResponse:
    """FastAPI exception handler for every `KatanaError` a route lets through."""
    if not isinstance(error, KatanaError):  # registered for KatanaError only
        raise error
    response = katana_error_response(error)
    # The error's own text is for the service's log (the SDK keeps keys out of it).
    _logger.warning(
        "%s %s -> %d: %s", request.method, request.url.path, response.status_code, error
    )
    return response


#: For `uvicorn fastapi_service.app:app`; the client is made when the app starts.
app = create_app()
