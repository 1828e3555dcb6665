"""A small FastAPI service in front of Katana: list products, create sales orders.

Run it against the real API (the key comes from the environment)::

    KATANA_API_KEY=... uvicorn --app-dir examples fastapi_service.app:app

or against the fake Katana, as its tests do (see test_app.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TypeVar

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

from katana_client import KatanaAPIError, KatanaClient
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
    app = FastAPI(title="Katana example service", lifespan=katana_lifespan(client_factory))

    @app.get("/products")
    async def list_products(
        katana: KatanaClientDep,
        page: int = Query(1, ge=1),
        limit: int = Query(50, ge=1, le=250),
    ) -> list[Product]:
        listed = await _katana(get_all_products.asyncio(client=katana, page=page, limit=limit))
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
        made = await _katana(create_sales_order.asyncio(client=katana, body=body))
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


async def _katana(call: Awaitable[T]) -> T:
    """Await a Katana call; its validation errors become ours, the rest a 502."""
    try:
        return await call
    except KatanaAPIError as error:
        if error.status_code == 422:
            details = error.body.get("details") if isinstance(error.body, dict) else None
            raise HTTPException(422, details or error.message) from error
        raise HTTPException(502, f"Katana answered {error.status_code}") from error


#: For `uvicorn fastapi_service.app:app`; the client is made when the app starts.
app = create_app()
