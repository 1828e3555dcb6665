"""What a mirror run shows: a live display on a terminal, log lines otherwise.

Rate-limit waits are counted from the client's own log records (`katana_client`
logger: the limiter's waits and Katana's 429s), so the display needs no hook into
the request path.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, Protocol

__all__ = ["LogProgress", "Progress", "RichProgress", "progress_for"]

logger = logging.getLogger("katana_client.mirror")


class Progress(Protocol):
    """Told about each page a mirror run applies."""

    def start(self, feed: str) -> None:
        """A feed's walk begins."""
        ...

    def page(
        self, feed: str, *, number: int, fetched: int, copied: int, total_pages: int | None
    ) -> None:
        """A page was applied."""
        ...

    def finish(self, feed: str, *, copied: int, skipped: bool = False) -> None:
        """A feed's walk ended (or was skipped: another worker has it)."""
        ...

    def close(self) -> None:
        """The run is over."""
        ...


class _WaitCounter(logging.Handler):
    """Counts the rate-limit waits and 429s the client logs."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.waits = 0
        self.waited = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        facts: Any = getattr(record, "katana", None)
        if not isinstance(facts, dict):
            return
        if facts.get("rate_limit_wait"):
            self.waits += 1
            self.waited += float(facts["rate_limit_wait"])
        elif facts.get("status") == 429:
            self.waits += 1


class _Counting:
    def __init__(self) -> None:
        self.counter = _WaitCounter()
        client_logger = logging.getLogger("katana_client")
        self._level = client_logger.level
        client_logger.addHandler(self.counter)
        if client_logger.getEffectiveLevel() > logging.INFO:
            client_logger.setLevel(logging.INFO)
        self.records = 0
        self.pages = 0
        self.began = time.monotonic()

    def close(self) -> None:
        client_logger = logging.getLogger("katana_client")
        client_logger.removeHandler(self.counter)
        client_logger.setLevel(self._level)


class LogProgress(_Counting):
    """A log line (logger `katana_client.mirror`, INFO) per feed, and every `every` pages."""

    def __init__(self, every: int = 20) -> None:
        """Log every `every` pages of a walk."""
        super().__init__()
        self.every = every

    def start(self, feed: str) -> None:
        """Log nothing: the first page's line says it."""

    def page(
        self, feed: str, *, number: int, fetched: int, copied: int, total_pages: int | None
    ) -> None:
        """Count, and log every `every` pages."""
        self.records += fetched
        self.pages += 1
        if number % self.every == 0:
            of = f" of {total_pages}" if total_pages else ""
            logger.info(
                "%s: page %d%s, %d records read, %d rate-limit waits",
                feed,
                number,
                of,
                self.records,
                self.counter.waits,
            )

    def finish(self, feed: str, *, copied: int, skipped: bool = False) -> None:
        """Log the feed's outcome."""
        if skipped:
            logger.info("%s: skipped, another worker is copying it", feed)
        else:
            logger.info("%s: %d records copied", feed, copied)


class RichProgress(_Counting):
    """A live display (rich): the feed, its pages, records, rate-limit waits, time left."""

    def __init__(self) -> None:
        """Start the display on standard error."""
        super().__init__()
        from rich.progress import (  # noqa: PLC0415 (optional dependency)
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Display  # noqa: PLC0415

        self._display = Display(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("pages  {task.fields[records]} records  {task.fields[waits]} waits"),
            TimeRemainingColumn(),
            transient=False,
        )
        self._display.start()
        self._tasks: dict[str, Any] = {}
        self._records: dict[str, int] = {}
        self._pages: dict[str, int] = {}

    def start(self, feed: str) -> None:
        """Add a row for the feed."""
        self._tasks[feed] = self._display.add_task(feed, total=None, records=0, waits=0)

    def page(
        self, feed: str, *, number: int, fetched: int, copied: int, total_pages: int | None
    ) -> None:
        """Advance the feed's row."""
        self.records += fetched
        self._records[feed] = self._records.get(feed, 0) + fetched
        self._pages[feed] = number
        self._display.update(
            self._tasks[feed],
            completed=number,
            total=total_pages,
            records=self._records[feed],
            waits=self.counter.waits,
        )

    def finish(self, feed: str, *, copied: int, skipped: bool = False) -> None:
        """Close the feed's row."""
        task = self._tasks.get(feed)
        if task is not None:
            done = "skipped (another worker)" if skipped else f"{copied} copied"
            pages = self._pages.get(feed, 0)
            self._display.update(task, description=f"{feed}: {done}", total=pages, completed=pages)

    def close(self) -> None:
        """Stop the display."""
        self._display.stop()
        super().close()


def progress_for(stream: Any = None) -> Progress:
    """`RichProgress` when `stream` (standard error) is a terminal and rich is installed,
    else `LogProgress`."""
    stream = sys.stderr if stream is None else stream
    if getattr(stream, "isatty", lambda: False)():
        try:
            return RichProgress()
        except ImportError:
            pass
    return LogProgress()
