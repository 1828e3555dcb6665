"""README.md and docs/: every relative link resolves, and every Python example is run or
type-checked by a test, or listed here as illustrative with the reason."""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from docs_blocks import ROOT, all_blocks, block, headings, pages, text

from katana_client import KatanaClient, KatanaError
from katana_client.generated.api.sales_orders import create_sales_order
from katana_client.generated.models import CreateSalesOrderDto
from katana_client.testing import FakeKatana, Fault, running_app

# Which test runs (or, for Reading responses, type-checks with mypy) each Python
# example. Before the README was split into docs/, 14 examples were run or type-checked.
TESTED = {
    ("README.md", "Quick start", 0): "test_resources_readme.py",
    ("docs/resources.md", "Resources", 0): "test_resources_readme.py",
    ("docs/resources.md", "Per-call options", 0): "test_resources_readme.py",
    ("docs/reading-responses.md", "Reading responses", 0): "test_resources_typing.py",
    ("docs/sync.md", "Sync use", 0): "test_resources_readme.py",
    ("docs/observability.md", "Metrics and tracing", 0): "test_observability.py",
    ("docs/observability.md", "Metrics and tracing", 1): "test_otel.py",
    ("docs/authentication.md", "Authentication", 0): "test_auth_package.py",
    ("docs/authentication.md", "OAuth 2.0 (app partners)", 0): "test_oauth_connect.py",
    ("docs/authentication.md", "Many workers, one account", 0): "test_shared_stores.py",
    ("docs/authentication.md", "Many workers, one account", 1): "test_shared_stores.py",
    ("docs/webhooks.md", "Webhooks", 0): "test_webhook_dispatch.py",
    ("docs/webhooks.md", "Webhooks", 1): "test_webhook_dispatch.py",
    ("docs/webhooks.md", "Webhooks", 2): "test_webhook_wsgi.py",
    # Run below, in this file.
    ("docs/resilience.md", "Retries", 0): "test_docs.py",
    ("docs/resilience.md", "Retries", 1): "test_docs.py",
    ("docs/resilience.md", "Pagination", 0): "test_docs.py",
    ("docs/fastapi.md", "FastAPI", 0): "test_docs.py",
    ("docs/mirror.md", "Mirror an account", 0): "test_docs.py",
    ("docs/testing.md", "Testing with the fake Katana", 0): "test_docs.py",
}
TESTED_BEFORE_THE_SPLIT = 14

# Fragments whose names come from the surrounding text; each still has to compile.
ILLUSTRATIVE = {
    ("docs/authentication.md", "OAuth 2.0 (app partners)", 1): "app, code and state come "
    "from the callback; the flow runs in test_oauth_connect.py and test_app_partner.py",
    ("docs/resilience.md", "Rate limits", 0): "needs a Redis at redis://cache:6379; the "
    "limiter is tested against a local redis-server in test_ratelimit_redis.py",
    ("docs/mirror.md", "Mirror an account", 1): "store, client and db come from the text; "
    "the handler is tested in test_mirror.py",
}


def _python_blocks() -> dict[tuple[str, str, int], str]:
    return {(b.page, b.heading, b.index): b.code for b in all_blocks() if b.language == "python"}


def test_every_python_example_is_tested_or_says_why_not() -> None:
    found = set(_python_blocks())
    assert found == set(TESTED) | set(ILLUSTRATIVE)
    assert not set(TESTED) & set(ILLUSTRATIVE)
    assert len(TESTED) >= TESTED_BEFORE_THE_SPLIT
    for (page, _, _), test_file in TESTED.items():
        assert page in (ROOT / "tests" / test_file).read_text(encoding="utf-8"), test_file


@pytest.mark.parametrize("key", sorted(_python_blocks()), ids=lambda key: " ".join(map(str, key)))
def test_every_python_example_compiles(key: tuple[str, str, int]) -> None:
    code = _python_blocks()[key]
    compile(code, f"{key[0]}: {key[1]}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def _anchor(title: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to '-'."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def _links(page: str) -> list[str]:
    body = re.sub(r"```.*?```", "", text(page), flags=re.DOTALL)  # no links in code
    body = re.sub(r"`[^`\n]*`", "", body)
    return re.findall(r"\]\(([^)\s]+)\)", body)


@pytest.mark.parametrize("page", pages())
def test_every_relative_link_resolves(page: str) -> None:
    for link in _links(page):
        if re.match(r"[a-z]+:", link):
            continue  # https:, mailto:
        path, _, anchor = link.partition("#")
        target = (ROOT / page).parent / unquote(path) if path else ROOT / page
        assert target.exists(), f"{page}: {link} points to nothing"
        if anchor:
            name = str(target.resolve().relative_to(ROOT))
            anchors = {_anchor(h.title) for h in headings(name)}
            assert anchor in anchors, f"{page}: {link}: {name} has no such heading"


def test_github_anchors() -> None:
    assert _anchor("OAuth 2.0 (app partners)") == "oauth-20-app-partners"
    assert _anchor("Many workers, one account") == "many-workers-one-account"
    assert _anchor("Upgrading, step by step") == "upgrading-step-by-step"


def test_the_architecture_links_resolve() -> None:
    links = _links("ARCHITECTURE.md")
    assert "docs/limits.md#limits-and-safety" in links
    for link in links:
        if not re.match(r"[a-z]+:", link):
            path = link.partition("#")[0]
            assert not path or (ROOT / path).exists(), link


# --- examples no other test runs ---------------------------------------------------------


def test_the_retry_policy_example_builds_a_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_API_KEY", "k")
    namespace: dict[str, Any] = {}
    exec(block("docs/resilience.md", "Retries"), namespace)  # docs/resilience.md's own
    assert isinstance(namespace["client"], KatanaClient)


async def test_the_call_options_example_sends_a_create_once() -> None:
    code = block("docs/resilience.md", "Retries", 1)
    namespace: dict[str, Any] = {
        "create_sales_order": create_sales_order,
        "body": CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[]),
    }
    exec("async def example(client):\n" + textwrap.indent(code, "    "), namespace)
    fake = FakeKatana(rate_limit=False)
    # A 429 is the one answer after which a create is sent again, unless retry=False.
    fake.faults.add(Fault(operation="createSalesOrder", status=429, headers={"Retry-After": "0"}))
    async with fake.client() as client:
        with pytest.raises(KatanaError):
            await namespace["example"](client)
    assert [r.operation_id for r in fake.requests] == ["createSalesOrder"]


async def test_the_fastapi_example_serves_products() -> None:
    code = block("docs/fastapi.md", "FastAPI")
    fake = FakeKatana(rate_limit=False)
    namespace: dict[str, Any] = {"fake": fake}
    exec(code.replace("katana_lifespan()", "katana_lifespan(fake.client)"), namespace)
    async with running_app(namespace["app"]) as http:
        answer = await http.get("/products")
    assert answer.status_code == 200
    assert "Lightsaber 1" in answer.json()


async def test_the_mirror_example_fills_a_sqlite_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = block("docs/mirror.md", "Mirror an account")
    monkeypatch.chdir(tmp_path)  # the example writes into the working directory
    fake = FakeKatana(rate_limit=False)
    namespace: dict[str, Any] = {"fake": fake}
    exec(
        "async def example():\n"
        + textwrap.indent(code.replace("KatanaClient()", "fake.client()"), "    "),
        namespace,
    )
    await namespace["example"]()
    assert (tmp_path / "katana.sqlite").exists()
    assert capsys.readouterr().out  # a change per sales order


async def test_the_pagination_example_walks_the_fake() -> None:
    code = block("docs/resilience.md", "Pagination")
    namespace: dict[str, Any] = {}
    exec("async def example(client):\n" + textwrap.indent(code, "    "), namespace)
    fake = FakeKatana(rate_limit=False)
    async with fake.client() as client:
        await namespace["example"](client)
    assert {r.operation_id for r in fake.requests} == {"getAllProducts"}


async def test_the_testing_example_passes() -> None:
    namespace: dict[str, Any] = {}
    exec(block("docs/testing.md", "Testing with the fake Katana"), namespace)
    await namespace["test_lists_products"]()  # the other needs your create_app


def test_docs_pages_are_listed_in_the_index() -> None:
    index = text("docs/README.md")
    for page in pages():
        if page.startswith("docs/") and page != "docs/README.md":
            assert f"]({Path(page).name}#" in index, page
