"""`scripts/generate.py --check` catches drift between Katana's documents and the repo.

Runs the real pipeline (build_spec.py, the generator, ruff) in a copy of the repository,
so it is slow (tens of seconds) but touches nothing in the working tree.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "katana-openapi"
# What the pipeline reads; everything else in the repository is irrelevant to it.
PIPELINE_FILES = [
    "pyproject.toml",
    "generator_config.yaml",
    "scripts",
    "openapi",
    "katana_client/generated",
    # The pager's page sizes and page limit, which the resource docs state.
    "katana_client/resilience/_pagination.py",
]

pytestmark = pytest.mark.skipif(
    not UPSTREAM.is_dir(), reason=f"Katana's documents are not at {UPSTREAM}"
)


def copy_repository(destination: Path) -> Path:
    for name in PIPELINE_FILES:
        source = ROOT / name
        target = destination / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return destination


def run_check(repository: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(repository / "scripts" / "generate.py"),
            "--check",
            "--upstream",
            str(UPSTREAM),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=repository,
    )


@pytest.mark.slow
def test_check_passes_on_the_committed_tree(tmp_path: Path) -> None:
    result = run_check(copy_repository(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


@pytest.mark.slow
def test_check_fails_readably_when_the_overlay_changes(tmp_path: Path) -> None:
    repository = copy_repository(tmp_path)
    overlay = repository / "openapi" / "overlay.yaml"
    text = overlay.read_text(encoding="utf-8")
    edited, count = re.subn(
        r"^(\s+deleteRecipe: .*)$", r"\1 (edited)", text, count=1, flags=re.MULTILINE
    )
    assert count == 1, "the overlay no longer sets deleteRecipe's summary; pick another line"
    overlay.write_text(edited, encoding="utf-8")

    result = run_check(repository)

    assert result.returncode == 1
    message = result.stderr
    assert "openapi/katana-openapi.yaml: changed" in message
    assert "katana_client/generated/api/recipes/delete_recipe.py" in message
    assert "(edited)" in message  # the first lines of the diff are shown
    assert "run `python scripts/generate.py` and commit" in message
