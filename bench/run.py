"""Run every benchmark and print one table: the SDK against its floor, same run, same box.

    python bench/run.py              # the full set (a few minutes)
    python bench/run.py --smoke      # tiny sizes: checks that every bench still works
    python bench/run.py parse import # only these

Each row is a median of several runs with the garbage collector on, next to the floor
measured in the same run (see each `bench_*.py` for what is compared). Timing never
fails the run: the exit status is non-zero only when a benchmark raised.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import bench_import
import bench_pagination
import bench_parse
import bench_ratelimit
import bench_throughput
from _common import Result

# name -> (full run, smoke run)
BENCHES: dict[str, tuple[Callable[[], Result], Callable[[], Result]]] = {
    "import": (lambda: bench_import.run(runs=15), lambda: bench_import.run(runs=1)),
    "parse": (
        lambda: bench_parse.run(items=250, runs=40),
        lambda: bench_parse.run(items=5, runs=2),
    ),
    "throughput": (
        lambda: bench_throughput.run(requests=400, workers=10, rounds=5),
        lambda: bench_throughput.run(requests=4, workers=2, rounds=1),
    ),
    "pagination": (
        lambda: bench_pagination.run(records=100_000, page_size=250),
        lambda: bench_pagination.run(records=120, page_size=50),
    ),
    "ratelimit": (
        lambda: bench_ratelimit.run(limit=20, window=1.0, requests=100),
        lambda: bench_ratelimit.run(limit=3, window=0.2, requests=6, workers=2),
    ),
}


def machine() -> str:
    """CPU model, logical CPUs and Python version, for the table's caption."""
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def table(results: list[Result]) -> str:
    """A Markdown table of `results` (it reads as plain text too)."""
    rows = [
        "| benchmark | katana-client | floor | ratio | target | note |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        rows.append(
            f"| {r.name} | {r.value:,.1f} {r.unit} | {r.floor:,.1f} {r.unit} ({r.floor_label}) "
            f"| {r.ratio:.2f}x | {r.target} | {r.note} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print the table; 1 if any benchmark failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"any of {', '.join(BENCHES)} (default: all)"
    )
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, to check they run")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(BENCHES))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results: list[Result] = []
    failed: list[str] = []
    for name in args.names or list(BENCHES):
        full, smoke = BENCHES[name]
        print(f"running {name}...", file=sys.stderr, flush=True)
        try:
            results.append(smoke() if args.smoke else full())
        except Exception:
            failed.append(name)
            traceback.print_exc()
    print(machine())
    print(table(results))
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
