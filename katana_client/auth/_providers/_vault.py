"""`VaultTokenProvider`: the key from HashiCorp Vault / OpenBao KV v2 (extra `[vault]`)."""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

from ..._errors import KatanaConfigError, KatanaTokenNotFoundError, KatanaTokenProviderError
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._optional import require
from ._validate import to_token


class VaultTokenProvider(CachingTokenProvider):
    """Read the key from a KV version 2 secret in HashiCorp Vault or OpenBao, through hvac.

    Write it with `vault kv put secret/katana api_key=<key>` (or `bao kv put ...`). To
    rotate, write a new version: it is picked up after `ttl` seconds, or at once after
    Katana rejects the old key with 401.

    Args:
        path: The secret's path inside the mount, e.g. "katana".
        field: The field of the secret that holds the key.
        mount_point: Where the KV v2 engine is mounted.
        url: Vault's address; defaults to `$VAULT_ADDR`.
        token: A Vault token; defaults to `$VAULT_TOKEN`. Kept as a `Secret`.
        namespace: A Vault Enterprise namespace.
        client: A ready `hvac.Client` (for other auth methods such as AppRole or
            Kubernetes); `url`, `token` and `namespace` are then ignored.
        timeout: Seconds for each request to Vault.
        ttl: Seconds to keep the key before reading the secret again.
    """

    def __init__(
        self,
        path: str,
        *,
        field: str = "api_key",
        mount_point: str = "secret",
        url: str | None = None,
        token: str | Secret | None = None,
        namespace: str | None = None,
        client: Any = None,
        timeout: float = 10.0,
        ttl: float | None = 300.0,
    ) -> None:
        """Read field `field` of the KV v2 secret at `mount_point`/`path`."""
        super().__init__(ttl=ttl)
        self.path = path
        self.field = field
        self.mount_point = mount_point
        self._client = client
        self._client_lock = threading.Lock()
        if client is None:
            require("hvac", extra="vault", feature="VaultTokenProvider")
            url = url or os.environ.get("VAULT_ADDR")
            if not url:
                raise KatanaConfigError("VaultTokenProvider needs url= or VAULT_ADDR.")
            if token is None:
                token = os.environ.get("VAULT_TOKEN") or None
            if token is None:
                raise KatanaConfigError(
                    "VaultTokenProvider needs token= or VAULT_TOKEN (or pass an "
                    "authenticated hvac client as client=)."
                )
        self.url = url
        self._vault_token = token if isinstance(token, Secret) or token is None else Secret(token)
        self._namespace = namespace
        self._timeout = timeout

    @property
    def source(self) -> str:
        """E.g. "Vault secret secret/katana (field 'api_key')"."""
        return f"Vault secret {self.mount_point}/{self.path} (field {self.field!r})"

    async def fetch(self) -> Secret:
        """Read the latest version of the secret now (in a worker thread: hvac blocks)."""
        return await asyncio.to_thread(self._fetch_sync)

    def _hvac_client(self) -> Any:
        with self._client_lock:
            if self._client is None:
                import hvac  # noqa: PLC0415  (optional dependency, imported on use)

                # Narrowing: without a client of the caller's, __init__ kept a token.
                assert self._vault_token is not None  # noqa: S101
                self._client = hvac.Client(
                    url=self.url,
                    token=self._vault_token.reveal(),
                    namespace=self._namespace,
                    timeout=self._timeout,
                )
            return self._client

    def _fetch_sync(self) -> Secret:
        import hvac.exceptions  # noqa: PLC0415  (optional dependency, imported on use)
        import requests  # noqa: PLC0415  (hvac's HTTP library)

        hint = f"Write it: vault kv put -mount={self.mount_point} {self.path} {self.field}=<key>"
        try:
            response = self._hvac_client().secrets.kv.v2.read_secret_version(
                path=self.path, mount_point=self.mount_point, raise_on_deleted_version=True
            )
        except hvac.exceptions.InvalidPath:
            raise KatanaTokenNotFoundError(
                source=self.source, reason="no secret at this path", hint=hint
            ) from None
        except hvac.exceptions.Forbidden:
            raise KatanaTokenProviderError(
                f"Vault denied reading {self.source}: check that the Vault token is valid "
                f"and its policy grants read on {self.mount_point}/data/{self.path}.",
                source=self.source,
            ) from None
        except hvac.exceptions.VaultError as exc:
            raise KatanaTokenProviderError(
                f"Vault failed to read {self.source}: {type(exc).__name__}", source=self.source
            ) from None
        except requests.RequestException as exc:
            raise KatanaTokenProviderError(
                f"Cannot reach Vault at {self.url} to read {self.source}: {type(exc).__name__}",
                source=self.source,
            ) from None
        # A server or proxy may answer 200 with anything: read only the shape KV v2 has.
        outer = response.get("data") if isinstance(response, dict) else None
        data = outer.get("data") if isinstance(outer, dict) else None
        if not isinstance(data, dict):
            del response  # it may hold the secret: no traceback frame keeps it
            raise KatanaTokenProviderError(
                f"Vault answered reading {self.source} with no KV v2 secret (data.data); "
                "check the URL and that the mount is a KV version 2 engine.",
                source=self.source,
            )
        value = data.get(self.field)
        if not isinstance(value, str):
            raise KatanaTokenNotFoundError(
                source=self.source, reason=f"the secret has no field {self.field!r}", hint=hint
            )
        return to_token(value, source=self.source, hint=hint)
