"""The README's quick start and Resources examples run as written, against the fake."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from katana_client.testing import FakeKatana

README = Path(__file__).resolve().parent.parent / "README.md"


def _first_python_block(section: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {section}\n")
    match = re.search(r"```python\n(.*?)```", text[start:], re.DOTALL)
    assert match, f"no python block under ## {section}"
    return match.group(1)


async def test_quick_start_runs_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    code = _first_python_block("Quick start")
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


async def test_resources_example_runs_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    code = _first_python_block("Resources")
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
