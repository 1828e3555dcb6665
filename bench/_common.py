"""What every benchmark shares: the result row, timing, the local server, memory."""

from __future__ import annotations

import contextlib
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


@dataclass(frozen=True)
class Result:
    """One row of the table: the SDK's number next to its floor's, and the target.

    `ratio` is `value / floor`; `target` says which way is good ("<= 2.0x").
    """

    name: str
    value: float
    floor: float
    unit: str
    floor_label: str
    target: str
    note: str = ""

    @property
    def ratio(self) -> float:
        """The SDK's number over the floor's (0 when the floor is 0)."""
        return self.value / self.floor if self.floor else 0.0


def interleaved_medians(
    subject: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median wall times of `subject` and `floor`, run alternately `runs` times each.

    Alternating spreads a noisy neighbour's load over both columns. The garbage
    collector stays on, as in an application; each result is dropped outside the timed
    region so that freeing it is not charged to the next run.
    """
    gc.enable()
    subject()
    floor()
    subject_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(runs):
        for fn, times in ((floor, floor_times), (subject, subject_times)):
            start = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - start)
            del result
    return statistics.median(subject_times), statistics.median(floor_times)


class LocalServer:
    """`bench/_server.py` in a child process; `url` is its base URL."""

    def __init__(self, *, records: int, rate_limit: str | None = None) -> None:
        """Start the server and wait until it listens."""
        command = [sys.executable, str(BENCH / "_server.py"), "--records", str(records)]
        if rate_limit:
            command += ["--rate-limit", rate_limit]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith("port "):
            self.close()
            raise RuntimeError(f"bench server did not start (said {line!r})")
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        """Stop the child process (only the one this object started)."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


@contextlib.contextmanager
def local_server(*, records: int, rate_limit: str | None = None) -> Iterator[LocalServer]:
    """A `LocalServer` that is stopped when the block ends."""
    server = LocalServer(records=records, rate_limit=rate_limit)
    try:
        yield server
    finally:
        server.close()


def rss_bytes(field: str = "VmRSS") -> int:
    """This process's resident memory ("VmRSS") or its peak ("VmHWM"), in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where not permitted."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def run_child(script: str, kind: str, url: str, page_size: int) -> dict[str, Any]:
    """Run `script --child kind` in a fresh interpreter; return the JSON of its last line.

    Each side of a memory benchmark runs alone, so one's peak RSS cannot hide the other's.
    """
    command = [sys.executable, script, "--child", kind, "--url", url]
    command += ["--page-size", str(page_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(script).name} {kind} failed:\n{done.stderr}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report
