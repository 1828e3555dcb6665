"""The README's quick start and the Resources, Sync use and Per-call options examples
(docs/) run as written, against the fake."""

from __future__ import annotations

import re
import textwrap
from typing import Any

import pytest
from docs_blocks import block, section

from katana_client.testing import FakeKatana


async def test_quick_start_runs_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    code = block("README.md", "Quick start")
    assert "asyncio.run(main())" in code
    fake = FakeKatana(rate_limit=False)
    namespace: dict[str, Any] = {}
    # The same program, with the fake's client for KatanaClient() and no event loop of
    # its own (the test has one).
    exec(  # the README's own example
        code.replace("KatanaClient()", "fake.client()").replace("asyncio.run(main())", ""),
        {"fake": fake},
        namespace,
    )
    await namespace["main"]()

    out = capsys.readouterr().out
    assert "Lightsaber 1" in out
    assert [r.operation_id for r in fake.requests] == ["getAllProducts", "getSalesOrder"]


async def test_an_endpoint_is_called_as_the_readme_says() -> None:
    # "asyncio(client, ...)": the client and the path values are positional, the query
    # parameters keywords; the README's own call runs.
    from katana_client.generated.api.products import get_product  # noqa: PLC0415

    text = section("README.md", "Quick start")
    assert "`asyncio(client, ...)`" in text
    call = re.search(r"`(await get_product\.asyncio\(client, 1\))`", text)
    assert call is not None
    namespace: dict[str, Any] = {"get_product": get_product}
    exec(f"async def example(client):\n    return {call[1]}", namespace)  # the README's call
    fake = FakeKatana(rate_limit=False)
    async with fake.client() as client:
        product = await namespace["example"](client)
        assert product.id == 1
        with pytest.raises(TypeError):
            await get_product.asyncio(client, 1, [])  # type: ignore[call-arg]


async def test_resources_example_runs_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    code = block("docs/resources.md", "Resources")
    fake = FakeKatana()  # with rate-limit headers, which the example prints
    namespace: dict[str, Any] = {}
    exec(  # the README's own example
        "async def example(client):\n" + textwrap.indent(code, "    "), namespace
    )
    async with fake.client() as client:
        await namespace["example"](client)

    assert {r.operation_id for r in fake.requests} == {
        "getAllProducts",
        "getProduct",
        "createProduct",
        "updateProduct",
        "deleteProduct",
    }
    assert "200" in capsys.readouterr().out


def test_sync_use_example_runs_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    from katana_client import SyncKatanaClient  # noqa: PLC0415 - as the example imports it

    code = block("docs/sync.md", "Sync use")
    assert "SyncKatanaClient()" in code
    fake = FakeKatana(rate_limit=False)
    exec(  # the README's own example, with the fake's client for SyncKatanaClient()
        code.replace("SyncKatanaClient()", "SyncKatanaClient.from_async(fake.client())"),
        {"fake": fake, "SyncKatanaClient": SyncKatanaClient},
    )

    out = capsys.readouterr().out
    assert "Lightsaber 1" in out
    assert [r.operation_id for r in fake.requests] == [
        "getAllProducts",
        "getSalesOrder",
        "getAllProducts",
        "getProduct",
    ]


async def test_per_call_options_example_runs_against_the_fake() -> None:
    code = block("docs/resources.md", "Per-call options")
    fake = FakeKatana(rate_limit=False)
    namespace: dict[str, Any] = {}
    exec(  # the README's own example
        "async def example(client):\n" + textwrap.indent(code, "    "), namespace
    )
    async with fake.client() as client:
        await namespace["example"](client)

    get, first_page, *movements = fake.requests
    assert get.headers["x-request-id"] == "job-42"
    assert dict(first_page.query)["include_deleted"] == "true"
    assert movements
    assert {r.headers.get("x-job") for r in movements} == {"nightly"}
