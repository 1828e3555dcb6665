"""Observability: callbacks for metrics, OpenTelemetry spans, and what they are told.

- `Observer`: subclass it and override the callbacks you need (attempts, retries,
  429s, rate-limiter waits, each call's start and end); pass instances as
  `KatanaClient(observers=[...])`. For Prometheus, StatsD and the like.
- `OpenTelemetryObserver`: one span per call with an event per retry and per
  rate-limit wait. Needs `pip install 'katana-client[otel]'`; with it installed every
  `KatanaClient` traces by itself, into whatever tracer provider the application set.
- Logging needs none of this: see `katana_client.resilience` (logger "katana_client").

Importing this package does not import OpenTelemetry.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from katana_client._errors import KatanaConfigError

from ._observer import ObservedCall, Observer

if TYPE_CHECKING:
    from ._otel import OpenTelemetryObserver

__all__ = ["ObservedCall", "Observer", "OpenTelemetryObserver"]

# OpenTelemetry's own switch for instrumentations in Python: a comma-separated list.
_DISABLED_ENV = "OTEL_PYTHON_DISABLED_INSTRUMENTATIONS"


def checked_observers(given: Iterable[Observer]) -> tuple[Observer, ...]:
    """`given` as a tuple, each checked to be an `Observer`.

    Raises:
        KatanaConfigError: One is not an `Observer`.
    """
    chosen = tuple(given)
    for observer in chosen:
        if not isinstance(observer, Observer):
            raise KatanaConfigError(
                "observers must be katana_client.observability.Observer instances, "
                f"not {type(observer).__name__}"
            )
    return chosen


def observers_for(given: tuple[Observer, ...]) -> tuple[Observer, ...]:
    """`given`, plus an `OpenTelemetryObserver` when OpenTelemetry is installed, none of
    `given` is one, and `OTEL_PYTHON_DISABLED_INSTRUMENTATIONS` does not name
    `katana_client`. Called when a client first sends, so that neither
    `import katana_client` nor `KatanaClient()` imports OpenTelemetry."""
    disabled = {name.strip() for name in os.environ.get(_DISABLED_ENV, "").split(",")}
    if "katana_client" not in disabled and _otel_installed():
        from ._otel import OpenTelemetryObserver  # noqa: PLC0415 - only when installed

        if not any(isinstance(observer, OpenTelemetryObserver) for observer in given):
            given = (OpenTelemetryObserver(), *given)
    return given


def _otel_installed() -> bool:
    import importlib.util  # noqa: PLC0415 - on the first send only, not on import

    try:
        return importlib.util.find_spec("opentelemetry.trace") is not None
    except (ModuleNotFoundError, ValueError):  # no `opentelemetry` namespace at all
        return False


def __getattr__(name: str) -> Any:
    # Lazy: OpenTelemetry is imported only by those who use it, and needs the extra.
    if name == "OpenTelemetryObserver":
        if not _otel_installed():
            raise ImportError(
                "OpenTelemetryObserver needs opentelemetry-api: pip install 'katana-client[otel]'"
            )
        from ._otel import OpenTelemetryObserver  # noqa: PLC0415 - lazy, see above

        return OpenTelemetryObserver
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
