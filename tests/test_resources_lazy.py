"""Resources load on first access: `client.products` imports what products need, no more.

Checked in fresh interpreters, since this test process may already have imported
other resources.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from katana_client import KatanaClient


def _modules_after(statements: str) -> list[str]:
    code = (
        "import json, sys\n"
        "import katana_client\n"
        "client = katana_client.KatanaClient(api_key='x')\n"
        f"{statements}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('katana_client.'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return list(json.loads(out))


def _generated(modules: list[str], part: str) -> list[str]:
    prefix = f"katana_client.generated.{part}."
    return [m for m in modules if m.startswith(prefix)]


@pytest.mark.slow
def test_creating_a_client_loads_no_resource() -> None:
    modules = _modules_after("")
    assert _generated(modules, "resources") == []
    assert _generated(modules, "api") == []
    assert _generated(modules, "models") == []


@pytest.mark.slow
def test_touching_products_loads_only_the_products_resource_and_endpoints() -> None:
    modules = _modules_after("client.products")

    assert _generated(modules, "resources") == ["katana_client.generated.resources.products"]
    endpoints = _generated(modules, "api")
    assert endpoints
    assert all(m.startswith("katana_client.generated.api.products") for m in endpoints)


@pytest.mark.slow
def test_touching_products_loads_only_models_products_use() -> None:
    baseline = _modules_after(
        "from katana_client.generated.api.products import (create_product, delete_product,"
        " get_all_products, get_product, update_product)\n"
        "from katana_client.generated.models.product import Product"
    )
    modules = _modules_after("client.products.with_raw_response")

    assert set(_generated(modules, "models")) == set(_generated(baseline, "models"))
    assert not any("sales_order" in m for m in modules)


def test_a_resource_is_made_once_per_client() -> None:
    client = KatanaClient(api_key="x")
    other = KatanaClient(api_key="x")

    assert client.products is client.products
    assert client.products.with_raw_response is client.products.with_raw_response
    assert client.products is not other.products
