"""Type checkers see the resource surface: mypy --strict accepts a user's correct code
(tests/typing/sample.py and the README's examples) and rejects each mistake in a
snippet of wrong calls.

One mypy run (through its API, with the project's configuration) checks all the files.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import docs_blocks
import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing" / "sample.py"

# Each line marked `# E: code` must get exactly one mypy error with that code.
MISTAKES = """\
from katana_client import KatanaClient, SyncKatanaClient
from katana_client.generated.models import Product, ProductUpdateDto


async def misuse(client: KatanaClient) -> None:
    await client.products.get("1")  # E: arg-type
    client.products.list(is_sellable="yes")  # E: arg-type
    client.products.list(page=2)  # E: call-arg
    await client.products.create(ProductUpdateDto())  # E: arg-type
    await client.products.update(1)  # E: call-arg
    client.prodcts  # E: attr-defined
    product: Product = await client.sales_orders.get(1)  # E: assignment
    async for order in client.sales_orders.list():
        order.no_such_field  # E: attr-defined
    product.name.upper()  # E: union-attr
    first: list[Product] = await client.products.list()  # E: assignment
    await client.products.get(1, extra_headers={"X-A": 1})  # E: dict-item
    await client.products.get(1, timeot=5)  # E: call-arg
    client.with_options(retri=3)  # E: call-arg
    client.options(retry="3")  # E: arg-type


def sync_misuse(sync: SyncKatanaClient) -> None:
    sync.products.get("1")  # E: arg-type
    product: Product = sync.products.list()  # E: assignment
    sync.products.list(page=2)  # E: call-arg
    sync.products.with_raw_response.get(1).parsed.name  # E: union-attr
"""

_ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def _run_mypy(*files: Path) -> list[tuple[str, int, str]]:
    stdout, stderr, _status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary", *map(str, files)]
    )
    assert not stderr, stderr
    errors = []
    for line in stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            errors.append((Path(match["file"]).name, int(match["line"]), match["code"]))
        else:
            assert ": note:" in line, line
    return errors


# The sections (page, heading) whose examples read response models.
README_SECTIONS = (
    ("README.md", "Quick start"),
    ("docs/resources.md", "Resources"),
    ("docs/reading-responses.md", "Reading responses"),
)


def _readme_examples(folder: Path) -> list[Path]:
    """The first Python example of each of `README_SECTIONS`, as a module; one that uses
    `client` without making one runs inside `async def example(client: KatanaClient)`."""
    files = []
    for number, (page, section) in enumerate(README_SECTIONS):
        block = docs_blocks.block(page, section)
        if "client" in block and "KatanaClient(" not in block and "def " not in block:
            block = (
                "from katana_client import KatanaClient\n\n\n"
                "async def example(client: KatanaClient) -> None:\n"
                + textwrap.indent(block, "    ")
            )
        path = folder / f"readme_{number}.py"
        path.write_text(block, encoding="utf-8")
        files.append(path)
    return files


@pytest.mark.slow
def test_mypy_accepts_the_sample_and_rejects_each_mistake(tmp_path: Path) -> None:
    mistakes = tmp_path / "mistakes.py"
    mistakes.write_text(MISTAKES, encoding="utf-8")
    expected = {
        ("mistakes.py", number, line.rsplit("# E: ", 1)[1])
        for number, line in enumerate(MISTAKES.splitlines(), start=1)
        if "# E: " in line
    }

    readme = _readme_examples(tmp_path)
    errors = _run_mypy(SAMPLE, mistakes, *readme)

    assert [e for e in errors if e[0] == SAMPLE.name] == []
    assert [e for e in errors if e[0].startswith("readme_")] == []
    assert sorted(e for e in errors if e[0] == "mistakes.py") == sorted(expected)
