"""Single-flight: concurrent callers of one slow operation share a single run of it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class SingleFlight(Generic[T]):
    """Run an async operation at most once at a time; callers arriving meanwhile join it.

    Used wherever many requests can notice the same stale token at once (cache expiry,
    a burst of 401s, OAuth expiry): one fetch or refresh runs and every waiter gets its
    result or its exception. The operation runs in its own task, so a caller that is
    cancelled (a request timeout) does not cancel the refresh the others are waiting on.

    One flight per event loop: a client used from loops in several threads (or one
    `asyncio.run` after another) shares a provider, and a task belongs to its loop, so
    callers on one loop share one run and each other loop runs its own. A loop that
    ended with its run unfinished leaves nothing in the way of the next.
    """

    __slots__ = ("_lock", "_tasks")

    def __init__(self) -> None:
        self._tasks: dict[asyncio.AbstractEventLoop, asyncio.Task[T]] = {}
        self._lock = threading.Lock()

    async def run(self, operation: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Start `operation` unless one is in flight on this loop, and wait for that one."""
        # Imported here: asyncio costs ~20 ms to import, and a client is built (this
        # class instantiated) before any event loop runs, which imports it anyway.
        import asyncio  # noqa: PLC0415 - lazy, see above

        loop = asyncio.get_running_loop()
        with self._lock:
            task = self._tasks.get(loop)
            if task is None:
                for ended in [key for key in self._tasks if key.is_closed()]:
                    del self._tasks[ended]
                task = loop.create_task(operation())
                self._tasks[loop] = task
                task.add_done_callback(self._finished)
        return await asyncio.shield(task)

    def _finished(self, task: asyncio.Task[T]) -> None:
        with self._lock:
            loop = task.get_loop()
            if self._tasks.get(loop) is task:
                del self._tasks[loop]
        # Mark the exception as retrieved: when every waiter was cancelled nobody else
        # will, and asyncio would log "exception was never retrieved".
        if not task.cancelled():
            task.exception()
