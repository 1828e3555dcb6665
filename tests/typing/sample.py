"""A user's code on the resource surface; mypy --strict must accept it as it is.

Checked by `mypy` (tests/ is in its file list) and by tests/test_resources_typing.py,
which also checks that mistakes in code like this are caught. `assert_type` makes mypy
fail if an action's parameters or results lose their types.
"""

from __future__ import annotations

from decimal import Decimal
from typing import assert_type

from katana_client import AsyncPager, KatanaClient, KatanaNotFoundError, PageOf, Response
from katana_client.generated.models import (
    CreateProductDto,
    CreateProductVariantDto,
    Product,
    ProductList,
    ProductUpdateDto,
    ReturnableItem,
    SalesOrder,
    SearchSalesOrdersDto,
)


async def sync_catalogue(client: KatanaClient) -> list[str]:
    names: list[str] = []
    async for product in client.products.list(is_sellable=True, category_name="lightsabers"):
        assert_type(product, Product)
        assert_type(product.name, str | None)  # no `Unset` in a response model
        if product.name is not None:
            names.append(product.name)

    pager = client.products.list(page_size=100)
    assert_type(pager, AsyncPager[Product])
    async for page in pager.pages():
        assert_type(page, PageOf[Product])
        assert_type(page.items, list[Product])
    first = await pager.collect(max_items=10)
    assert_type(first, list[Product])
    return names


async def product_lifecycle(client: KatanaClient) -> None:
    created = await client.products.create(
        CreateProductDto(name="Holocron", variants=[CreateProductVariantDto(sku="HOLO-1")])
    )
    assert_type(created, Product)
    assert_type(created.id, int)  # a required field: always an int (or the read raised)
    updated = await client.products.update(created.id, ProductUpdateDto(name="Sith holocron"))
    assert_type(updated, Product)
    await client.products.delete(created.id)
    try:
        await client.products.get(1)
    except KatanaNotFoundError as error:
        assert_type(error.status_code, int)


async def raw_and_other_actions(client: KatanaClient) -> None:
    raw = await client.products.with_raw_response.get(1)
    assert_type(raw, Response[Product])
    assert_type(raw.status_code, int)
    assert_type(raw.parsed, Product | None)
    page = await client.products.with_raw_response.list(page=2, limit=50)
    assert_type(page, Response[ProductList])

    async for order in client.sales_orders.search(SearchSalesOrdersDto()):
        assert_type(order, SalesOrder)
    async for item in client.sales_orders.returnable_items(1):
        assert_type(item, ReturnableItem)
    assert_type(await client.sales_orders.get(1), SalesOrder)


def read_saved_bodies(body: bytes, record: dict[str, object]) -> list[Product]:
    page = ProductList.from_json(body)
    assert_type(page, ProductList)
    product = Product.from_dict(record)
    assert_type(product, Product)
    return [product]


async def order_quantity(client: KatanaClient, order_id: int) -> Decimal:
    """Response fields are `T | None`: one None check, no `Unset` narrowing.

    Before (every response field `T | None | Unset`), this needed
    `if isinstance(order.sales_order_rows, list)` and
    `isinstance(row.quantity, Decimal)` for each row, or it failed `mypy --strict`.
    """
    order = await client.sales_orders.get(order_id)
    quantities = (row.quantity or Decimal(0) for row in order.sales_order_rows or [])
    total = sum(quantities, Decimal(0))
    assert_type(order.model_fields_set, frozenset[str])
    assert_type(order.unreadable_keys, list[str])
    return total


# --- Sync use and Stainless conventions (SyncKatanaClient, await pager, options) --------
# Kept as its own section at the end of the file: other sections are edited elsewhere.

import httpx  # noqa: E402 - this section's imports stay within it

from katana_client import SyncKatanaClient, SyncPager  # noqa: E402


def nightly_job(client: SyncKatanaClient) -> list[str]:
    names: list[str] = []
    for product in client.products.list(is_sellable=True, timeout=60):
        assert_type(product, Product)
        if isinstance(product.name, str):
            names.append(product.name)
    pager = client.products.list(page_size=100)
    assert_type(pager, SyncPager[Product])
    for page in pager.pages():
        assert_type(page, PageOf[Product])
    assert_type(pager.first_page(), PageOf[Product])
    assert_type(pager.collect(max_items=10), list[Product])
    assert_type(client.products.get(1, extra_headers={"X-Job": "nightly"}), Product)
    assert_type(client.products.with_raw_response.get(1), Response[Product])
    assert_type(client.products.with_raw_response.list(page=2), Response[ProductList])
    assert_type(client.products.delete(1), None)
    with client.options(retry=False):
        assert_type(client.sales_orders.get(1), SalesOrder)
    patient = client.with_options(timeout=httpx.Timeout(120.0))
    assert_type(patient, SyncKatanaClient)
    return names


async def stainless_conventions(client: KatanaClient) -> None:
    first = await client.products.list(is_sellable=True)
    assert_type(first, PageOf[Product])
    for product in first:
        assert_type(product, Product)
    product = await client.products.get(1, extra_query={"extend": "variants"}, timeout=5)
    assert_type(product, Product)
    copy = client.with_options(extra_headers={"X-Team": "ops"}, retry=3)
    assert_type(copy, KatanaClient)
    own = KatanaClient(http_client=httpx.AsyncClient(timeout=10))
    assert_type(await own.products.with_raw_response.get(1), Response[Product])
