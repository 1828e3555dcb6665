"""One log record per attempt under the `katana_client` logger, with nothing secret.

Records carry the method, the URL path (never the query string, which can hold customer
names and e-mail addresses in filters, nor any header, nor any body), the operationId,
the status or error type, the attempt number, the elapsed time and rate-limit waits.
The same facts are attached as `record.katana` (a dict) for structured log handlers.

Levels: a successful attempt is DEBUG, a retry or a rate-limit wait INFO. A final
failure is WARNING when retries ran out, Katana answered 5xx or the network failed;
a final 4xx that retrying cannot change (a 404, a 422) is DEBUG: it is raised to the
caller, whose code decides whether it matters, and Python's last-resort handler would
otherwise print every caught 404 to stderr. Enable with
`logging.getLogger("katana_client").setLevel(...)`.
"""

from __future__ import annotations

import logging
from typing import Any, Final

import httpx

__all__ = ["logger"]

logger: Final = logging.getLogger("katana_client")


def log_attempt(
    level: int,
    request: httpx.Request,
    *,
    operation: str | None,
    attempt: int,
    attempts: int,
    elapsed: float,
    status: int | None = None,
    error: BaseException | None = None,
    retry_in: float | None = None,
    note: str | None = None,
) -> None:
    """Log one attempt's outcome (status or error type) and what happens next."""
    if not logger.isEnabledFor(level):
        return
    outcome = str(status) if status is not None else type(error).__name__
    facts: dict[str, Any] = {
        "method": request.method,
        "path": request.url.path,  # no host, no query string
        "operation": operation,
        "status": status,
        "error": None if error is None else type(error).__name__,
        "attempt": attempt,
        "attempts": attempts,
        "elapsed": round(elapsed, 4),
        "retry_in": None if retry_in is None else round(retry_in, 4),
    }
    message = "%s %s -> %s in %.3fs (attempt %d of %d)"
    args: list[Any] = [request.method, facts["path"], outcome, elapsed, attempt, attempts]
    if retry_in is not None:
        message += "; retrying in %.3fs"
        args.append(retry_in)
    if note:
        message += "; %s"
        args.append(note)
    logger.log(level, message, *args, extra={"katana": facts})


def log_rate_limit_wait(request: httpx.Request, *, operation: str | None, waited: float) -> None:
    """Log that the client-side rate limiter held a request back."""
    if not logger.isEnabledFor(logging.INFO):
        return
    facts = {
        "method": request.method,
        "path": request.url.path,  # no host, no query string
        "operation": operation,
        "rate_limit_wait": round(waited, 4),
    }
    logger.info(
        "%s %s waited %.3fs for the rate limit",
        request.method,
        facts["path"],
        waited,
        extra={"katana": facts},
    )
