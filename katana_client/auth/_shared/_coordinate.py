"""The cross-process renewal loop `OAuthTokenProvider` and `SharedCacheTokenProvider` share.

Look in the store; if someone already put a usable token there, take it. Otherwise take
the lease, look again (the last holder may have just finished), and renew only if the
token is still stale. Whoever does not get the lease waits and looks again, so N
processes crossing expiry together cause one renewal, and the others read its result.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from ..._errors import KatanaTokenStoreError
from .._log import logger
from .._oauth._tokens import OAuthTokens
from .._secret import Secret
from ._protocol import SharedTokenStore

# A waiter gives up after this many leases: enough for a dead holder's lease to run out
# and the next holder to finish, not so long that a wedged store hangs requests forever.
WAIT_LEASES = 3.0

Adopt = Callable[[OAuthTokens | None], Secret | None]
Renew = Callable[[OAuthTokens | None], Awaitable[Secret | None]]


async def renew_shared(store: SharedTokenStore, *, adopt: Adopt, renew: Renew, what: str) -> Secret:
    """Return a usable token: one another process stored, or one `renew` made under the lease.

    Args:
        store: The shared store.
        adopt: Look at the stored tokens; return the token to use if they will do
            (remembering them), None if they must be renewed. May raise (e.g. the grant
            is gone).
        renew: Called under the lease with the stored tokens, when `adopt` refused them.
            Returns the new token, or None if the store changed under it (look again).
        what: "OAuth refresh" or similar, for the timeout message.
    """
    deadline = time.monotonic() + WAIT_LEASES * store.lease
    waited = False
    while True:
        token = adopt(await store.load())
        if token is not None:
            if waited:
                logger.debug("Took the token another process renewed (%r)", store)
            return token
        lease = await store.try_lock()
        if lease is not None:
            try:
                stored = await store.load()
                token = adopt(stored)
                if token is None:
                    token = await renew(stored)
            finally:
                await lease.release()
            if token is not None:
                return token
            continue
        if time.monotonic() >= deadline:
            raise KatanaTokenStoreError(
                f"Waited {WAIT_LEASES * store.lease:g} s for another process to finish the "
                f"{what} in {store!r}, and it did not: check that the store is reachable "
                "and that its lease is longer than one renewal takes."
            )
        waited = True
        await store.wait()
