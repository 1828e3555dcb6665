"""The benchmarks still run: each one, at tiny sizes, through `bench/run.py --smoke`.

Timing is never asserted (it depends on the machine); a benchmark that raises, or a
row missing from the table, is what fails here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"


@pytest.mark.slow
def test_every_benchmark_runs_in_smoke_mode_and_fills_its_row() -> None:
    done = subprocess.run(
        [sys.executable, str(RUN), "--smoke"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")][1:]
    names = [row.split("|")[1].strip() for row in rows]
    assert [name.split(" ")[0] for name in names] == [
        "import",
        "typed",
        "throughput",
        "pagination",
        "rate-limited",
    ]


@pytest.mark.slow  # a child process
def test_an_unknown_benchmark_name_is_an_error() -> None:
    done = subprocess.run(
        [sys.executable, str(RUN), "--smoke", "no-such-bench"], capture_output=True, text=True
    )
    assert done.returncode != 0
    assert "unknown benchmark" in done.stderr
