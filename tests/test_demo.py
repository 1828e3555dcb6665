"""The README's demo command runs end to end, against the fake on 127.0.0.1 only."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A safety net against a hung subprocess, not a performance assertion.
HANG_LIMIT = 300


def _readme_command(name: str) -> str:
    """The line of the README's first code block that runs `name`, comment removed."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:bash|sh)\n(.*?)```", readme, re.DOTALL)
    assert first_block is not None, "README.md has no bash code block"
    for line in first_block.group(1).splitlines():
        command = line.split("#", 1)[0].strip()
        if command.startswith(name):
            return command
    raise AssertionError(f"README.md's first code block has no {name} command")


def _hermetic_env() -> dict[str, str]:
    """The environment minus anything that could send the demo elsewhere."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KATANA_") and not key.lower().endswith("_proxy")
    }


def _run(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=_hermetic_env(),
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT,
        check=False,
    )


def test_readme_puts_the_demo_and_the_tests_first() -> None:
    assert _readme_command("./scripts/demo") == "./scripts/demo"
    assert _readme_command("./scripts/test") == "./scripts/test"


@pytest.mark.slow
def test_demo_from_the_readme_runs_end_to_end_against_the_local_fake() -> None:
    result = _run(_readme_command("./scripts/demo"))
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "KATANA_API_KEY is not set: using a demo key" in out
    assert "KATANA_BASE_URL=http://127.0.0.1:" in out
    assert "page 3: 20 products (X-Pagination: page 3 of 3, 120 records)" in out
    assert "120 products: 'Lightsaber 1' ... 'Lightsaber 120'" in out
    assert re.search(r"created SO-\d+ \(id \d+\) for customer 1: .* total 99\.98", out)
    assert re.search(r"without client-side pacing: \d+ answered, [1-9]\d* refused with 429", out)
    assert "all 30 products fetched" in out
    assert "paced by KatanaClient(rate_limit=LocalRateLimiter(20, 2))" in out
    assert "GET /products/999999 -> KatanaNotFoundError 404 NotFoundError" in out
    assert "POST /products with an empty name -> KatanaValidationError 422" in out
    assert ".name: minLength {'limit': 1}" in out
    assert "a revoked key -> KatanaAuthenticationError (401)" in out


@pytest.mark.slow
def test_live_demo_without_a_key_explains_and_calls_nothing() -> None:
    result = _run(_readme_command("./scripts/demo") + " --live")
    assert result.returncode == 2
    assert "--live needs KATANA_API_KEY" in result.stdout
