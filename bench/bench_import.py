"""Compare the import cost of katana_client with that of its own dependencies.

Each sample is a fresh interpreter (`python -c ...`), so nothing is cached in
`sys.modules`; the interpreter's own start-up is included in both columns and cancels
out in the difference. Timing never fails the run: only a snippet that errors does.

    python bench/bench_import.py            # 15 runs each
    python bench/bench_import.py -n 40      # more runs, steadier medians
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _common import Result

BASELINE = "import httpx, attrs"
PACKAGE = "import katana_client; katana_client.KatanaClient(api_key='x')"


def time_snippet(code: str, runs: int) -> list[float]:
    """Run `code` in `runs` fresh interpreters and return each wall time in seconds."""
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"{code!r} failed:\n{result.stderr}")
        times.append(elapsed)
    return times


def run(*, runs: int = 15) -> Result:
    """Median import times of the package and of its dependencies, as a table row.

    Raises:
        RuntimeError: A snippet failed (an import error, say).
    """
    # One untimed run each warms the OS file cache and byte-code caches.
    time_snippet(BASELINE, 1)
    time_snippet(PACKAGE, 1)
    baseline: list[float] = []
    package: list[float] = []
    for _ in range(runs):  # alternated, so that a busy neighbour slows both alike
        baseline += time_snippet(BASELINE, 1)
        package += time_snippet(PACKAGE, 1)
    return Result(
        name="import + KatanaClient()",
        value=statistics.median(package) * 1000,
        floor=statistics.median(baseline) * 1000,
        unit="ms",
        floor_label="import httpx, attrs",
        target="<= 1.3x",
        note="fresh interpreter each run; includes interpreter start-up",
    )


def main(argv: list[str] | None = None) -> int:
    """Print median import times side by side; return non-zero only on errors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", "--runs", type=int, default=15, help="runs per snippet")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    try:
        result = run(runs=args.runs)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    baseline, package = result.floor / 1000, result.value / 1000

    width = max(len(BASELINE), len(PACKAGE))
    print(f"median of {args.runs} fresh interpreters ({sys.executable})")
    print(f"  {BASELINE:<{width}}  {baseline * 1000:7.1f} ms")
    print(f"  {PACKAGE:<{width}}  {package * 1000:7.1f} ms")
    print(f"  difference: {(package - baseline) * 1000:+.1f} ms")
    print(f"  ratio katana_client / baseline: {package / baseline:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
