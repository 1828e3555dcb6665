"""Single-flight: concurrent callers of one slow operation share a single run of it."""

from __future__ import annotations

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
    """

    __slots__ = ("_task",)

    def __init__(self) -> None:
        self._task: asyncio.Task[T] | None = None

    async def run(self, operation: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Start `operation` unless one is in flight, and wait for the one in flight."""
        # Imported here: asyncio costs ~20 ms to import, and a client is built (this
        # class instantiated) before any event loop runs, which imports it anyway.
        import asyncio  # noqa: PLC0415 - lazy, see above

        task = self._task
        if task is None:
            task = asyncio.create_task(operation())
            self._task = task
            task.add_done_callback(self._finished)
        return await asyncio.shield(task)

    def _finished(self, task: asyncio.Task[T]) -> None:
        if self._task is task:
            self._task = None
        # Mark the exception as retrieved: when every waiter was cancelled nobody else
        # will, and asyncio would log "exception was never retrieved".
        if not task.cancelled():
            task.exception()
