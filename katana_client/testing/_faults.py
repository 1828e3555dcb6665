"""Fault injection: make the fake fail the way networks and Katana's proxies do.

Two ways to ask for a fault:

- from the test, `fake.faults.add(status=503, operation="getAllProducts", times=2)`;
- from the request, a header `X-Fake-Katana-Fault: status=503` (or `reset`,
  `delay=0.5`, `status=520;delay=0.1`), for code under test that cannot reach the fake.

A fault may delay the answer (then the request goes on normally), answer with a status
of its own (any integer: Katana's proxies send 520 and 499), or reset the connection.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = ["FAULT_HEADER", "Fault", "FaultSet", "parse_fault_header"]

FAULT_HEADER: Final = "x-fake-katana-fault"


@dataclass
class Fault:
    """One injected failure and the requests it applies to.

    Matching: every given criterion must hold. `operation` is an operationId
    (`"createSalesOrder"`), `method` an HTTP method, `path` a path prefix below `/v1`
    (`"/sales_orders"`). With none given, every request matches.

    Effect, in order: wait `delay` seconds; then, if `reset`, drop the connection
    (the client sees an `httpx.TransportError`); else if `status`, answer with it (and
    `body`, `headers`); else let the request through.

    `times` is how many matching requests the fault applies to (None: all of them);
    `skip` lets that many matching requests through first. `hits` counts applications.
    """

    operation: str | None = None
    method: str | None = None
    path: str | None = None
    status: int | None = None
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    times: int | None = 1
    skip: int = 0
    hits: int = 0

    def matches(self, operation_id: str | None, method: str, path: str) -> bool:
        """Whether a request for `operation_id`/`method`/`path` is one this fault targets."""
        return (
            (self.operation is None or self.operation == operation_id)
            and (self.method is None or self.method.upper() == method)
            and (self.path is None or path.startswith(self.path))
        )

    @property
    def spent(self) -> bool:
        """Whether the fault has been applied `times` times."""
        return self.times is not None and self.hits >= self.times


class FaultSet:
    """The faults armed on one fake. Thread-safe: tests arm faults while a served fake
    answers requests in its own thread."""

    def __init__(self) -> None:
        """Start with no faults."""
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault | None = None, /, **fields: Any) -> Fault:
        """Arm a fault, given as a `Fault` or as its fields; returns it (see `hits`).

        Example: `fake.faults.add(status=503, operation="getAllProducts", times=2)`.
        """
        armed = fault if fault is not None else Fault(**fields)
        with self._lock:
            self._faults.append(armed)
        return armed

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return sum(not f.spent for f in self._faults)

    def take(self, operation_id: str | None, method: str, path: str) -> Fault | None:
        """The first live fault matching the request, counted as applied; or None."""
        with self._lock:
            for fault in self._faults:
                if fault.spent or not fault.matches(operation_id, method, path):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.hits += 1
                return fault
        return None


def parse_fault_header(value: str) -> Fault | None:
    """Read `X-Fake-Katana-Fault` (`status=503`, `reset`, `delay=0.2;status=520`).

    Returns None for an empty or unreadable value, which then injects nothing.
    """
    fault = Fault(times=None)
    seen = False
    for part in value.replace(",", ";").split(";"):
        key, _, raw = part.strip().partition("=")
        key = key.strip().lower()
        try:
            if key == "status":
                fault.status = int(raw)
            elif key == "delay":
                fault.delay = max(float(raw), 0.0)
            elif key == "reset":
                fault.reset = True
            else:
                continue
        except ValueError:
            continue
        seen = True
    return fault if seen else None
