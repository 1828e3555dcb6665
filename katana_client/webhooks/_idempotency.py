"""`idempotent`: run a webhook handler once per delivery, across resends and workers.

Katana resends a delivery that got no 2xx within 10 s (with `X-Katana-Retry-Num` 1, 2
or 3, at least 30 s, 2 min and 15 min after the attempt before), and one change can
send two identical payloads (an update that is also a status event). Its body carries
no event id or timestamp, so a delivery's identity can only be its content:
`delivery_identity` hashes the whole canonical body (every field, also ones Katana may
add later, which could only tell events further apart), nothing from the transport.

Two deliveries with one identity are a resend, Katana's duplicate of one change, or a
new change that happens to look the same (a second edit of an order whose status did
not change). The retry header tells them apart well enough:

- a resend (`retry_num` > 0) is skipped if the identity was handled within
  `remember_for` (default 1 h, past Katana's last resend);
- a first attempt is skipped only if the identity was handled within `duplicate_window`
  (default 60 s): Katana's duplicates arrive together, a later look-alike is a new
  change and runs.

Times are when the handling run started. A handler that raises leaves the identity
unhandled (and forgets an earlier success), so Katana's resend runs it again. While
one worker runs a delivery, the same identity arriving elsewhere is answered 409 (a
`WebhookError`): Katana delivers it again later, when it is either failed (run) or
handled: skipped if the refused attempt was a resend or came within
`duplicate_window` of that run's start (Katana's duplicate), run otherwise (a new
change that the run, started before it, may have missed).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import inspect
import json
import logging
import secrets
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import anyio

from katana_client._errors import KatanaConfigError, WebhookError

from ._events import WebhookEvent, WebhookHandler, require_async

__all__ = [
    "DeliveryStore",
    "MemoryDeliveryStore",
    "delivery_identity",
    "idempotent",
]

_logger = logging.getLogger("katana_client.webhooks")
# Per store, the handler holding each default scope whose name may be shared by others
# (closures, bound methods, callable objects): weak, so a dropped handler frees it.
_scopes: weakref.WeakKeyDictionary[object, dict[str, tuple[weakref.ref[Any], object]]] = (
    weakref.WeakKeyDictionary()
)


def delivery_identity(event: WebhookEvent) -> str:
    """A delivery's identity: SHA-256 (hex) of its body, keys sorted, spacing dropped.

    Resends and Katana's duplicates carry the same body, so the same identity; the
    retry header, signature and arrival time are not part of it.
    """
    canonical = json.dumps(event.payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class DeliveryStore(Protocol):
    """Where `idempotent` keeps which deliveries run now and which were handled, when.

    `MemoryDeliveryStore` serves one process; `RedisDeliveryStore` several workers.
    """

    async def claim(self, key: str, seconds: float, owner: str) -> bool:
        """Take `key` for `seconds` as `owner` unless someone holds it; whether taken."""
        ...

    async def handled_at(self, key: str) -> float | None:
        """When (`time.time()`) `key` was last handled, if it is still remembered."""
        ...

    async def handled(self, key: str, at: float, remember_for: float, owner: str) -> None:
        """Remember `key` as handled at `at` for `remember_for` s; release `owner`'s claim."""
        ...

    async def failed(self, key: str, owner: str) -> None:
        """Forget that `key` was ever handled, and release `owner`'s claim."""
        ...

    async def release(self, key: str, owner: str) -> None:
        """Release the claim on `key` if `owner` holds it (it may have expired and been
        taken by another), changing nothing else."""
        ...


class MemoryDeliveryStore:
    """A `DeliveryStore` in this process's memory: for one worker.

    Holds at most `max_entries` handled identities (about 330 bytes each with the
    default keys: 6.6 MB at the default 20 000; the oldest are dropped first) and none
    longer than they were to be remembered. Dropping one early can only make a resend
    run again, never skip a delivery.
    """

    def __init__(self, max_entries: int = 20_000) -> None:
        """Remember at most `max_entries` handled deliveries.

        Raises:
            KatanaConfigError: `max_entries` is below 1.
        """
        if max_entries < 1:
            raise KatanaConfigError(f"max_entries must be at least 1, not {max_entries}")
        self.max_entries = max_entries
        # key -> (handled at, by time.time(); forgotten at, by time.monotonic())
        self._handled: OrderedDict[str, tuple[float, float]] = OrderedDict()
        # key -> (owner, released at the latest by time.monotonic())
        self._claims: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()  # the store may be shared by event loops in threads

    async def claim(self, key: str, seconds: float, owner: str) -> bool:
        """Take `key` unless a claim on it runs and has not expired."""
        now = time.monotonic()
        with self._lock:
            if self._claims.get(key, ("", now))[1] > now:
                return False
            self._claims[key] = (owner, now + seconds)
            return True

    async def handled_at(self, key: str) -> float | None:
        """When `key` was handled, unless forgotten (or expired)."""
        with self._lock:
            entry = self._handled.get(key)
            if entry is not None and entry[1] <= time.monotonic():
                del self._handled[key]
                entry = None
            return None if entry is None else entry[0]

    async def handled(self, key: str, at: float, remember_for: float, owner: str) -> None:
        """Remember `key`, dropping expired and (over `max_entries`) oldest entries."""
        now = time.monotonic()
        with self._lock:
            self._handled[key] = (at, now + remember_for)
            self._handled.move_to_end(key)
            while self._handled:
                oldest = next(iter(self._handled.values()))
                if len(self._handled) <= self.max_entries and oldest[1] > now:
                    break
                self._handled.popitem(last=False)
            self._release(key, owner)

    async def failed(self, key: str, owner: str) -> None:
        """Forget `key` and release `owner`'s claim."""
        with self._lock:
            self._handled.pop(key, None)
            self._release(key, owner)

    async def release(self, key: str, owner: str) -> None:
        """Release `owner`'s claim on `key`."""
        with self._lock:
            self._release(key, owner)

    def _release(self, key: str, owner: str) -> None:
        if self._claims.get(key, ("",))[0] == owner:
            del self._claims[key]

    def __len__(self) -> int:
        """How many handled deliveries are remembered (expired ones may still count)."""
        return len(self._handled)


def idempotent(
    store: DeliveryStore,
    *,
    remember_for: float = 3600.0,
    duplicate_window: float = 60.0,
    lock_for: float = 60.0,
    scope: str | None = None,
    identity: Callable[[WebhookEvent], str] = delivery_identity,
) -> Callable[[WebhookHandler], WebhookHandler]:
    """A decorator making a webhook handler run once per delivery identity.

    Example::

        store = MemoryDeliveryStore()  # one process; RedisDeliveryStore(url) for many


        @idempotent(store)
        async def on_event(event: WebhookEvent) -> None: ...

    A resend whose identity was handled within `remember_for` seconds, and a first
    attempt whose identity was handled within `duplicate_window` seconds, return
    without running the handler (logged at INFO with the scope and 12 hex digits of
    the identity's hash, never the body). A handler that raises leaves the delivery
    unhandled. The same identity arriving while it runs raises `WebhookError(409)`,
    so Katana delivers it again later. See the module docstring for why.

    Args:
        store: Where identities are kept; share one between workers (Redis) to skip
            in one what another handled.
        remember_for: Seconds a handled identity skips resends. Katana's last resend
            comes at least 17.5 min after the first attempt.
        duplicate_window: Seconds a handled identity skips first attempts (Katana's
            duplicates of one change). 0 runs every first attempt: right for a handler
            that syncs state, which a look-alike second change must not miss.
        lock_for: Seconds a running delivery holds its identity at most (a worker
            that dies holds it this long); longer than the handler ever takes.
        scope: Prefix of the store's keys; default: the handler's module and
            qualified name (a callable object's class), so two handlers of one event
            each run once. Handlers that share one name on one store (made by one
            factory function, methods of two instances of a class, two callable
            objects) need their own `scope`; one you give may be shared on purpose.
        identity: The identity of a delivery; default `delivery_identity`. Stores
            and logs see only its SHA-256.

    Raises:
        KatanaConfigError: A duration is negative, or `remember_for` or `lock_for`
            is not positive; the handler is not async; another live handler took its
            default scope on `store` (it would skip this one's deliveries as handled).
    """
    if not (remember_for > 0 and lock_for > 0 and duplicate_window >= 0):
        raise KatanaConfigError(
            "remember_for and lock_for must be positive seconds, duplicate_window not negative"
        )

    def decorate(handler: WebhookHandler) -> WebhookHandler:
        require_async(handler, "idempotent()")
        name = getattr(handler, "__qualname__", type(handler).__qualname__)
        prefix = scope or f"{handler.__module__}.{name}"
        if scope is None:
            _take_scope(store, prefix, handler)

        @functools.wraps(handler)
        async def run_once(event: WebhookEvent) -> None:
            # Hashed again: an identity of yours may hold the body's values; no store or
            # log line ever does.
            digest = hashlib.sha256(identity(event).encode("utf-8", "surrogatepass")).hexdigest()
            key = f"{prefix}:{digest}"
            started = time.time()  # before the claim: a run refused after it came later
            owner = secrets.token_hex(16)  # a run that overran lock_for frees no other's
            if not await store.claim(key, lock_for, owner):
                if event.retry_num == 0:
                    # Kept as a handled key of its own: its resend must run unless a
                    # run started after it arrived (or it was one of Katana's duplicates).
                    await store.handled(f"{key}:refused", time.time(), remember_for, owner)
                raise WebhookError(409, "The same webhook delivery is being handled now")
            ran = handled = False
            try:
                at = await _handled_at(store, key, event.retry_num, duplicate_window)
                window = remember_for if event.retry_num > 0 else duplicate_window
                if at is not None and time.time() - at < window:
                    _logger.info(
                        "Skipped webhook delivery %s for %s (retry %d): handled %.0f s ago",
                        digest[:12],
                        prefix,
                        event.retry_num,
                        time.time() - at,
                    )
                    return
                ran = True
                await handler(event)
                handled = True
            finally:
                # Shielded, from anyio's cancellation and from asyncio's own (a
                # `task.cancel()`, a server's graceful-shutdown timeout): a cancelled
                # delivery must still record its run or give its identity back.
                with anyio.CancelScope(shield=True):
                    if handled:
                        await _uncancelled(_record(store, key, started, remember_for, owner))
                    elif ran:
                        await _uncancelled(store.failed(key, owner))
                    else:
                        await _uncancelled(store.release(key, owner))

        return run_once

    return decorate


async def _record(
    store: DeliveryStore, key: str, started: float, remember_for: float, owner: str
) -> None:
    """Record a run that returned. A store that fails now is logged, not answered with
    503: the handler's work is done, and a 503 would make Katana's resend do it again,
    where an unrecorded run only may (if a resend comes)."""
    try:
        await store.handled(key, started, remember_for, owner)
    except Exception as exc:
        _logger.warning(
            "Webhook delivery %s was handled, but the delivery store could not record "
            "it (%s); a resend of it would run again",
            key.rsplit(":", 1)[-1][:12],
            type(exc).__name__,
        )


async def _uncancelled(step: Awaitable[None]) -> None:
    """Await `step` to its end even if the caller's task is cancelled meanwhile
    (then raise `CancelledError` after it). Under another event loop than asyncio's,
    anyio's shield around the call covers it."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        await step
        return
    task = asyncio.ensure_future(step)
    cancelled = False
    while not task.done():
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if task.cancelled():
                raise
            cancelled = True
        except Exception:
            if not cancelled:
                raise
    if cancelled:
        raise asyncio.CancelledError


async def _handled_at(
    store: DeliveryStore, key: str, retry_num: int, duplicate_window: float
) -> float | None:
    """When the run that handled `key` started; None for a resend it may have missed.

    That is the resend of a first attempt refused (409) while the run held `key`, and
    not within `duplicate_window` of its start: a new change, not Katana's duplicate.
    """
    at = await store.handled_at(key)
    if at is not None and retry_num > 0:
        refused = await store.handled_at(f"{key}:refused")
        if refused is not None and refused - at >= duplicate_window:
            return None
    return at


def _take_scope(store: DeliveryStore, prefix: str, handler: WebhookHandler) -> None:
    """Refuse a default scope that another live handler on `store` holds.

    Module-level functions are left alone: one name is one function there (a module
    reloaded in a test defines it again and must keep its scope).
    """
    if inspect.isfunction(handler) and "<locals>" not in handler.__qualname__:
        return
    # A bound method is new at each lookup: it is held as (its object, its function),
    # the object weakly. Not `weakref.WeakMethod`, whose callback fails when the weak
    # reference dies before its object (an "Exception ignored" at exit).
    func = getattr(handler, "__func__", None) if inspect.ismethod(handler) else None
    try:
        held: Any = handler.__self__ if func is not None else handler  # type: ignore[attr-defined]
        new = (weakref.ref(held), func)
        taken = _scopes.setdefault(store, {})
    except TypeError:  # a handler or store that takes no weak reference: not checked
        return
    old = taken.get(prefix)
    holder = None if old is None else old[0]()
    if holder is not None and (holder is not new[0]() or old[1] is not func):  # type: ignore[index]
        raise KatanaConfigError(
            f"idempotent(): another handler already uses the scope {prefix!r} on this "
            "store, and each would skip the other's deliveries as handled: give each "
            "its own scope= (stable across restarts, e.g. what it writes to)"
        )
    taken[prefix] = new
