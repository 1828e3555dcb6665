"""Realistic Katana response bodies for the benchmarks, built from the spec's examples.

A benchmark on the spec's single example product would flatter the parser: every
value would be the same interned string and every date the same text. These pages
vary what Katana varies (ids, names, SKUs, timestamps, prices as decimal strings, as
integers and as fractions, nulls, the number of variants), so that caches only help as
much as they would on a real page. The shape of each object follows the `getAllProducts`
example in `openapi/katana-openapi.yaml`.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = ["product", "products_page", "products_page_bytes"]

_START = datetime(2020, 1, 1, tzinfo=UTC)
_NAMES = ("Lightsaber", "Table", "Chair", "Shelf", "Lamp", "Desk", "Stool", "Cabinet")
_FINISHES = ("oak", "walnut", "birch", "steel", "black", "white", "red", "blue")
_UOMS = ("pcs", "kg", "m", "l", "box")
_CURRENCIES = ("EUR", "USD", "GBP", "UAH", "SEK")


def _timestamp(rng: random.Random) -> str:
    moment = _START + timedelta(
        seconds=rng.randrange(0, 5 * 365 * 86400), milliseconds=rng.randrange(1000)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _money(rng: random.Random) -> Any:
    # Katana sends the same decimal field as a string with ten places, as an integer
    # and as a JSON fraction; all three must read as exact `Decimal`.
    cents = rng.randrange(0, 1_000_000)
    form = rng.random()
    if form < 0.5:
        return f"{cents / 100:.2f}" + "00000000"
    if form < 0.75:
        return cents // 100
    # A float here is only a way to make `json.dumps` write a fraction literal.
    return float(f"{cents // 100}.{cents % 100:02d}")


def _supplier(rng: random.Random, supplier_id: int) -> dict[str, Any]:
    return {
        "id": supplier_id,
        "name": f"Supplier {supplier_id}",
        "email": f"orders{supplier_id}@supplier{supplier_id % 97}.example.com",
        "comment": rng.choice([None, "Ships on Mondays", "Net 30; call before delivery"]),
        "currency": rng.choice(_CURRENCIES),
        "created_at": _timestamp(rng),
        "updated_at": _timestamp(rng),
        "deleted_at": None,
    }


def _variant(rng: random.Random, variant_id: int, product_id: int, name: str) -> dict[str, Any]:
    finish = rng.choice(_FINISHES)
    return {
        "id": variant_id,
        "product_id": product_id,
        "sku": f"{name[:3].upper()}-{variant_id:06d}-{finish[:2].upper()}",
        "sales_price": _money(rng),
        "purchase_price": _money(rng),
        "minimum_order_quantity": rng.choice([1, "3.0000000000", 0.5, None]),
        "lead_time": rng.choice([None, 1, 3, 7, 14]),
        "type": "product",
        "internal_barcode": f"{rng.randrange(10**12):012d}",
        "registered_barcode": rng.choice([None, f"{rng.randrange(10**13):013d}"]),
        "supplier_item_codes": [f"SUP-{rng.randrange(10**6):06d}"],
        "config_attributes": [{"config_name": "Finish", "config_value": finish}],
        "custom_fields": [
            {"field_name": "Power level", "field_value": rng.choice(["Low", "High"])}
        ],
        "created_at": _timestamp(rng),
        "updated_at": _timestamp(rng),
    }


def product(rng: random.Random, product_id: int) -> dict[str, Any]:
    """One product as `GET /products` returns it, with its variants and supplier."""
    name = f"{rng.choice(_NAMES)} {product_id}"
    supplier_id = rng.randrange(1, 500)
    variants = [
        _variant(rng, product_id * 10 + index, product_id, name)
        for index in range(rng.randrange(1, 5))
    ]
    return {
        "id": product_id,
        "name": name,
        "uom": rng.choice(_UOMS),
        "category_name": rng.choice(["furniture", "lighting", "lightsaber", None]),
        "is_sellable": True,
        "is_producible": rng.random() < 0.7,
        "is_purchasable": rng.random() < 0.5,
        "is_auto_assembly": False,
        "type": "product",
        "purchase_uom": rng.choice(_UOMS),
        "purchase_uom_conversion_rate": rng.choice([1, "12.0000000000", 0.25]),
        "batch_tracked": rng.random() < 0.2,
        "serial_tracked": False,
        "operations_in_sequence": False,
        "default_supplier_id": supplier_id,
        "additional_info": rng.choice([None, "", "Fragile: pack in foam"]),
        "custom_field_collection_id": rng.choice([None, 1, 2]),
        "archived_at": None,
        "created_at": _timestamp(rng),
        "updated_at": _timestamp(rng),
        "configs": [
            {
                "id": product_id,
                "name": "Finish",
                "product_id": product_id,
                "values": sorted({v["config_attributes"][0]["config_value"] for v in variants}),
            }
        ],
        "variants": variants,
        "supplier": _supplier(rng, supplier_id),
    }


def products_page(items: int = 250, *, first_id: int = 1, seed: int = 6) -> dict[str, Any]:
    """A `{"data": [...]}` page of `items` products with ids from `first_id`."""
    rng = random.Random(seed + first_id)
    return {"data": [product(rng, first_id + index) for index in range(items)]}


def products_page_bytes(items: int = 250, *, first_id: int = 1, seed: int = 6) -> bytes:
    """`products_page` as the compact UTF-8 JSON a server sends."""
    page = products_page(items, first_id=first_id, seed=seed)
    return json.dumps(page, separators=(",", ":")).encode()
