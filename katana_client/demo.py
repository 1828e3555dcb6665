"""See the SDK work in a minute: `./scripts/demo` (or `python -m katana_client.demo`).

By default the demo starts the fake Katana (`katana_client.testing`) on 127.0.0.1 and
uses the SDK against it end to end: configuration from the environment, a paginated
list, a create, a burst that runs into the rate limit, and typed errors. Nothing leaves
the machine. Needs the `testing` extra, which `./scripts/demo` installs.

`--live` instead makes a few read-only calls to the real API with `KATANA_API_KEY`
from the environment. It never creates, changes or deletes anything.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import httpx

from katana_client import KatanaAPIError, KatanaClient, KatanaError
from katana_client._client import API_KEY_ENV, BASE_URL_ENV
from katana_client.resilience import LocalRateLimiter, PaginationInfo, pages

if TYPE_CHECKING:
    from katana_client.testing import FakeKatana

DEMO_KEY: Final = "demo-key-for-the-local-fake"
DEMO_PRODUCTS: Final = 120
# A short window keeps the demo quick: the burst waits at most this long.
DEMO_LIMIT: Final = 20
DEMO_WINDOW: Final = 2.0
BURST: Final = 30


def say(text: str = "", indent: int = 0) -> None:
    """Print one line of the demo's story (flushed, so a pipe sees it at once)."""
    print(" " * indent + text, flush=True)


def heading(number: int, text: str) -> None:
    """Print a numbered step."""
    say()
    say(f"{number}. {text}")


def _pagination(response: Any) -> dict[str, Any]:
    # Katana sends X-Pagination as JSON whose numbers may be strings ("3").
    try:
        info = json.loads(response.headers.get("X-Pagination", "{}"))
    except (ValueError, RecursionError):  # a header of brackets nests past json.loads
        return {}
    return info if isinstance(info, dict) else {}


async def list_every_product(client: KatanaClient, page_size: int) -> list[Any]:
    """Walk `GET /products` page by page with `resilience.pages`, printing each page."""
    from katana_client.generated.api.products import get_all_products  # noqa: PLC0415

    found: list[Any] = []
    walk = pages(get_all_products.asyncio_detailed, client=client, page_size=page_size)
    async for page in walk:
        found += page.items
        info = page.info or PaginationInfo()
        say(
            f"page {page.number}: {len(page.items)} products "
            f"(X-Pagination: page {info.page} of {info.total_pages}, "
            f"{info.total_records} records)",
            indent=3,
        )
    say("walked with katana_client.resilience.pages(): a failed page is retried alone", 3)
    return found


async def _fetch_all(client: KatanaClient, ids: list[int]) -> list[KatanaAPIError]:
    """GET every product at once; return the 429 errors."""
    from katana_client.generated.api.products import get_product  # noqa: PLC0415

    async def fetch(product_id: int) -> KatanaAPIError | None:
        try:
            await get_product.asyncio(client=client, id=product_id)
        except KatanaAPIError as error:
            if error.status_code == 429:
                return error
            raise
        return None

    results = await asyncio.gather(*(fetch(i) for i in ids))
    return [error for error in results if error is not None]


def _retry_after(refused: list[KatanaAPIError]) -> float:
    return max((float(e.headers.get("Retry-After", "1")) for e in refused), default=0.0)


async def burst(fake: FakeKatana) -> None:
    """BURST concurrent GETs: first unpaced (429s), then paced by the client's limiter."""
    ids = list(range(1, BURST + 1))
    async with KatanaClient(retry=False, rate_limit=False) as raw:
        refused = await _fetch_all(raw, ids)
    wait = _retry_after(refused)
    say(
        f"without client-side pacing: {BURST - len(refused)} answered, {len(refused)} "
        f"refused with 429 TooManyRequests (Retry-After: {wait:g} s)",
        indent=3,
    )
    say(f"waiting {wait:g} s, as Retry-After says", indent=3)
    await asyncio.sleep(wait)

    before = len(fake.requests)
    limiter = LocalRateLimiter(limit=DEMO_LIMIT, window=DEMO_WINDOW)
    async with KatanaClient(rate_limit=limiter) as client:
        await _fetch_all(client, ids)
    how = f"paced by KatanaClient(rate_limit=LocalRateLimiter({DEMO_LIMIT}, {DEMO_WINDOW:g}))"
    seen = fake.requests[before:]
    limited = sum(r.status == 429 for r in seen)
    say(f"all {BURST} products fetched, {how}:", indent=3)
    say(f"the fake saw {len(seen)} requests, {limited} of them answered 429", indent=6)


async def typed_errors(client: KatanaClient, base_url: str) -> None:
    """Show the errors an application catches: 404, 422 with details, 401."""
    from katana_client.generated.api.products import (  # noqa: PLC0415
        create_product,
        get_product,
    )
    from katana_client.generated.models import CreateProductDto  # noqa: PLC0415

    try:
        await get_product.asyncio(client=client, id=999_999)
    except KatanaAPIError as error:
        say(f"GET /products/999999 -> {type(error).__name__} {error.status_code} {error.name}", 3)
    try:
        body = CreateProductDto.from_dict({"name": "", "variants": [{"sku": "X"}]})
        await create_product.asyncio(client=client, body=body)
    except KatanaAPIError as error:
        details = error.body.get("details", []) if isinstance(error.body, dict) else []
        say(f"POST /products with an empty name -> {type(error).__name__} {error.status_code}", 3)
        for detail in details:
            say(f"{detail['path']}: {detail['code']} {detail.get('info')}", indent=6)
    async with KatanaClient(api_key="a-key-that-was-revoked", base_url=base_url) as stranger:
        try:
            await get_product.asyncio(client=stranger, id=1)
        except KatanaError as error:
            status = getattr(error, "status_code", None) or 401
            say(f"a revoked key -> {type(error).__name__} ({status})", indent=3)


async def run_fake(fake: FakeKatana, base_url: str) -> None:
    """Steps 2-5 against the served fake, with the client configured from the env."""
    from katana_client.generated.api.sales_orders import create_sales_order  # noqa: PLC0415
    from katana_client.generated.models import CreateSalesOrderDto  # noqa: PLC0415

    async with KatanaClient() as client:  # KATANA_API_KEY and KATANA_BASE_URL
        say(f"KatanaClient() -> {client!r}", indent=3)

        heading(2, "A paginated list: every product, 50 per page")
        products = await list_every_product(client, page_size=50)
        say(f"{len(products)} products: {products[0].name!r} ... {products[-1].name!r}", 3)

        heading(3, "A create: POST /sales_orders")
        body = CreateSalesOrderDto.from_dict(
            {
                "customer_id": 1,
                "sales_order_rows": [
                    {"variant_id": 1, "quantity": 2, "price_per_unit": Decimal("49.99")}
                ],
            }
        )
        order = await create_sales_order.asyncio(client=client, body=body)
        assert order is not None  # noqa: S101 (narrowing: a create answers its record)
        say(
            f"created {order.order_no} (id {order.id}) for customer {order.customer_id}: "
            f"2 x variant 1 at 49.99, total {order.total} (exact decimals, no float)",
            indent=3,
        )

        heading(
            4,
            f"A burst of {BURST} concurrent requests into a limit of "
            f"{DEMO_LIMIT} per {DEMO_WINDOW:g} s",
        )
        await burst(fake)

        heading(5, "Typed errors")
        await typed_errors(client, base_url)


def demo_fake() -> int:
    """Start the fake on 127.0.0.1 and run the SDK against it."""
    try:
        from katana_client.testing import (  # noqa: PLC0415 - optional extra
            FakeKatana,
            RateLimit,
            serve_fake_katana,
        )
    except ImportError as missing:
        say(f"The demo needs the testing extra ({missing.name} is missing):")
        say("    ./scripts/demo   or   pip install 'katana-client[testing]'")
        return 2

    # The demo tells its own story; the SDK's per-request warnings (the deliberate 429s,
    # 404, 422 and 401 below) would only repeat it on stderr.
    logging.getLogger("katana_client").setLevel(logging.ERROR)
    started = time.monotonic()
    say("katana-client demo: the SDK against a fake Katana on 127.0.0.1 (nothing leaves")
    say("this machine). `./scripts/demo --live` makes read-only calls to the real API.")

    key = os.environ.get(API_KEY_ENV, "").strip()
    heading(1, "Configuration from the environment")
    if key:
        say(f"{API_KEY_ENV} is set: the demo sends it only to the local fake.", indent=3)
    else:
        key = DEMO_KEY
        os.environ[API_KEY_ENV] = key
        say(f"{API_KEY_ENV} is not set: using a demo key for this process only.", indent=3)

    fake = FakeKatana(api_keys=[key], rate_limit=RateLimit(limit=DEMO_LIMIT, window=DEMO_WINDOW))
    fake.state.add_products(DEMO_PRODUCTS - fake.state.count("products"))
    with serve_fake_katana(fake) as server:
        os.environ[BASE_URL_ENV] = server.base_url
        # A proxy from the environment must not see loopback traffic.
        os.environ["NO_PROXY"] = ",".join(
            filter(None, [os.environ.get("NO_PROXY"), "127.0.0.1", "localhost"])
        )
        say(f"{BASE_URL_ENV}={server.base_url} (the fake, served by uvicorn)", indent=3)
        asyncio.run(run_fake(fake, server.base_url))
    say()
    say(f"Done in {time.monotonic() - started:.1f} s. Next: README.md, Quick start.")
    return 0


async def run_live() -> None:
    """Read-only calls against the real API: a page of products, customers, orders."""
    from katana_client.generated.api.customers import get_all_customers  # noqa: PLC0415
    from katana_client.generated.api.products import get_all_products  # noqa: PLC0415
    from katana_client.generated.api.sales_orders import (  # noqa: PLC0415
        get_all_sales_orders,
    )

    async with KatanaClient() as client:
        say(f"KatanaClient() -> {client!r}", indent=3)
        for label, endpoint in (
            ("products", get_all_products),
            ("customers", get_all_customers),
            ("sales orders", get_all_sales_orders),
        ):
            response = await endpoint.asyncio_detailed(client=client, limit=5)
            info = _pagination(response)
            items = list(response.parsed.data or []) if response.parsed else []
            names = [getattr(i, "name", None) or getattr(i, "order_no", None) for i in items]
            say(
                f"GET {label}: {info.get('total_records', '?')} in all; first page: {names}; "
                f"X-Ratelimit-Remaining: {response.headers.get('X-Ratelimit-Remaining')}",
                indent=3,
            )


def demo_live() -> int:
    """Run `run_live` if a key is configured; never writes."""
    if not os.environ.get(API_KEY_ENV, "").strip():
        say(f"--live needs {API_KEY_ENV}: create a key in Katana under Settings > API, then")
        say(f"    {API_KEY_ENV}=... ./scripts/demo --live")
        return 2
    say("katana-client demo, live: read-only calls to the real Katana API.")
    try:
        asyncio.run(run_live())
    except (KatanaError, httpx.HTTPError) as error:
        say(f"The call failed: {type(error).__name__}: {error}")
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python -m katana_client.demo`; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m katana_client.demo",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="read-only calls against the real API with KATANA_API_KEY",
    )
    args = parser.parse_args(argv)
    return demo_live() if args.live else demo_fake()


if __name__ == "__main__":
    sys.exit(main())
