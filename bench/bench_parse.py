"""Typed parsing: a 250-product page from bytes to models, against `json.loads` alone.

The SDK's path is what every list call does after the response arrives:
`ProductList.from_json`, that is the runtime's `loads` (msgspec, fractions as exact
`Decimal`) and the readers for decoded JSON nobody else holds (lists converted in
place), which build `Product`, `Variant`, `Supplier`, ... with every tolerance check.
The floor is the standard library's `json.loads` of the same bytes, which builds plain
dicts. The note gives `ProductList.from_dict(loads(body))` too: the copying path a
caller's own dict takes.

    python bench/bench_parse.py [--runs 40] [--items 250]
"""

from __future__ import annotations

import argparse
import json
import sys

from _common import Result, interleaved_medians
from _payloads import products_page_bytes

from katana_client._runtime import loads
from katana_client.generated.models import Product, ProductList


def run(*, items: int = 250, runs: int = 40) -> Result:
    """Time both paths on the same bytes and check the SDK really built models."""
    body = products_page_bytes(items)
    page = ProductList.from_json(body)
    if not isinstance(page.data, list) or len(page.data) != items:
        raise RuntimeError("the typed page does not hold the expected products")
    if not all(type(product) is Product for product in page.data):
        raise RuntimeError("the typed page holds something other than Product models")
    if page != ProductList.from_dict(loads(body)):
        raise RuntimeError("from_json and from_dict read the page differently")
    typed, floor = interleaved_medians(
        lambda: ProductList.from_json(body), lambda: json.loads(body), runs
    )
    copying, floor_again = interleaved_medians(
        lambda: ProductList.from_dict(loads(body)), lambda: json.loads(body), runs
    )
    return Result(
        name=f"typed parsing ({items} products, {len(body) // 1024} KiB)",
        value=typed * 1000,
        floor=floor * 1000,
        unit="ms",
        floor_label="json.loads",
        target="<= 1.5x",
        note=f"from_dict(loads(body)), copying lists: {copying / floor_again:.2f}x",
    )


def main(argv: list[str] | None = None) -> int:
    """Print the SDK's and json.loads's median times and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--items", type=int, default=250)
    args = parser.parse_args(argv)
    result = run(items=args.items, runs=args.runs)
    print(f"{result.name}: {result.value:.2f} ms vs json.loads {result.floor:.2f} ms")
    print(f"ratio {result.ratio:.2f}x (target {result.target}); {result.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
