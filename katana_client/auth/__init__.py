"""Authentication for katana-client: where the Katana API key comes from, and OAuth 2.0.

`KatanaClient(token_provider=...)` takes any `TokenProvider`. The client asks it for the
token before every request (cheap while the token is cached) and, when Katana answers
401, invalidates it and asks again, so a rotated key takes effect without a restart.

Key sources (each caches with a TTL, see `CachingTokenProvider`):

- `StaticTokenProvider`: a key your code already holds, as a `Secret`;
- `EnvTokenProvider`: an environment variable, `KATANA_API_KEY` by default;
- `DotenvTokenProvider`: a `.env` file, parsed without touching `os.environ`;
- `SecretFileTokenProvider`: a mounted secret file, re-read when it changes;
- `KeyringTokenProvider`: the OS keyring (extra `[keyring]`);
- `CommandTokenProvider`: the output of a command such as `op read` or `pass show`;
- `AwsSecretsManagerTokenProvider`: AWS Secrets Manager (extra `[aws]`);
- `VaultTokenProvider`: HashiCorp Vault or OpenBao KV v2 (extra `[vault]`);
- `ChainTokenProvider` / `default_token_provider()`: the first of several that has a key.

OAuth 2.0 for app partners (authorization code with state and PKCE): `OAuthApp`,
`OAuthTokenProvider`, `OAuthTokens` and the token stores `MemoryTokenStore`,
`FileTokenStore` (or your own `TokenStore`). `OAuthConnector` runs the connect flow for
one grant per tenant (one-time states in `MemoryConnectStates` or `RedisConnectStates`,
grants in a store factory: `FileTokenStores`, `RedisTokenStores`); FastAPI routes for it
are `katana_client.fastapi.katana_connect_router`.

Bounds: key, `.env` and token files are read only if regular and up to `max_bytes`
(64 KiB); a command's `timeout` covers its children and its output is capped at
`max_output` (64 KiB); every token is checked before it is sent (printable ASCII, at
most 8192 characters). Each excess is a typed error naming the source, never the value.

Many worker processes, one Katana account: the `SharedTokenStore`s
`LockingFileTokenStore` (one host) and `RedisTokenStore` (extra `[redis]`) let one
process refresh an OAuth grant while the others wait for its tokens, and
`SharedCacheTokenProvider` shares a key read from a slow secret store. `TokenCipher`
encrypts what they store (extra `[crypto]`, included in `[redis]`).

Optional dependencies (boto3, hvac, keyring, redis, cryptography) are imported only when
something that needs them is used, so importing this module stays cheap.
"""

from typing import TYPE_CHECKING

from .._errors import (
    KatanaAuthenticationError,
    KatanaAuthError,
    KatanaInsecureSecretFileWarning,
    KatanaInsecureTransportError,
    KatanaOAuthError,
    KatanaReauthorizationRequiredError,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
    KatanaTokenStoreError,
)
from .._lazy import lazy_exports

if TYPE_CHECKING:
    from ._bearer import TokenAuth
    from ._oauth._app import AuthorizationRequest, OAuthApp
    from ._oauth._connect import (
        ConnectResult,
        ConnectStateStore,
        MemoryConnectStates,
        OAuthConnector,
        PendingConnect,
        RedisConnectStates,
        TokenStoreFactory,
    )
    from ._oauth._provider import OAuthTokenProvider
    from ._oauth._stores import FileTokenStore, MemoryTokenStore, TokenStore
    from ._oauth._tokens import OAuthTokens
    from ._protocol import TokenProvider
    from ._providers._aws import AwsSecretsManagerTokenProvider
    from ._providers._caching import CachingTokenProvider
    from ._providers._chain import ChainTokenProvider, default_token_provider
    from ._providers._command import CommandTokenProvider
    from ._providers._dotenv import DotenvTokenProvider
    from ._providers._env import EnvTokenProvider
    from ._providers._keyring import KeyringTokenProvider
    from ._providers._secret_file import SecretFileTokenProvider
    from ._providers._static import StaticTokenProvider
    from ._providers._vault import VaultTokenProvider
    from ._secret import Secret
    from ._shared._cache import SharedCacheTokenProvider
    from ._shared._cipher import TokenCipher
    from ._shared._factory import FileTokenStores, RedisTokenStores
    from ._shared._file import LockingFileTokenStore
    from ._shared._protocol import RefreshLease, SharedTokenStore
    from ._shared._redis import RedisTokenStore

__all__ = [
    "AuthorizationRequest",
    "AwsSecretsManagerTokenProvider",
    "CachingTokenProvider",
    "ChainTokenProvider",
    "CommandTokenProvider",
    "ConnectResult",
    "ConnectStateStore",
    "DotenvTokenProvider",
    "EnvTokenProvider",
    "FileTokenStore",
    "FileTokenStores",
    "KatanaAuthError",
    "KatanaAuthenticationError",
    "KatanaInsecureSecretFileWarning",
    "KatanaInsecureTransportError",
    "KatanaOAuthError",
    "KatanaReauthorizationRequiredError",
    "KatanaTokenNotFoundError",
    "KatanaTokenProviderError",
    "KatanaTokenStoreError",
    "KeyringTokenProvider",
    "LockingFileTokenStore",
    "MemoryConnectStates",
    "MemoryTokenStore",
    "OAuthApp",
    "OAuthConnector",
    "OAuthTokenProvider",
    "OAuthTokens",
    "PendingConnect",
    "RedisConnectStates",
    "RedisTokenStore",
    "RedisTokenStores",
    "RefreshLease",
    "Secret",
    "SecretFileTokenProvider",
    "SharedCacheTokenProvider",
    "SharedTokenStore",
    "StaticTokenProvider",
    "TokenAuth",
    "TokenCipher",
    "TokenProvider",
    "TokenStore",
    "TokenStoreFactory",
    "VaultTokenProvider",
    "default_token_provider",
]

# Everything but the errors is imported on first access, so that `import katana_client`
# (which needs only `TokenAuth` and the env and static providers) loads neither OAuth,
# the shared stores nor the providers of optional secret stores, nor asyncio with them.
_LAZY: dict[str, str] = {
    "AuthorizationRequest": "._oauth._app",
    "AwsSecretsManagerTokenProvider": "._providers._aws",
    "CachingTokenProvider": "._providers._caching",
    "ChainTokenProvider": "._providers._chain",
    "CommandTokenProvider": "._providers._command",
    "ConnectResult": "._oauth._connect",
    "ConnectStateStore": "._oauth._connect",
    "DotenvTokenProvider": "._providers._dotenv",
    "EnvTokenProvider": "._providers._env",
    "FileTokenStore": "._oauth._stores",
    "FileTokenStores": "._shared._factory",
    "KeyringTokenProvider": "._providers._keyring",
    "LockingFileTokenStore": "._shared._file",
    "MemoryConnectStates": "._oauth._connect",
    "MemoryTokenStore": "._oauth._stores",
    "OAuthApp": "._oauth._app",
    "OAuthConnector": "._oauth._connect",
    "OAuthTokenProvider": "._oauth._provider",
    "OAuthTokens": "._oauth._tokens",
    "PendingConnect": "._oauth._connect",
    "RedisConnectStates": "._oauth._connect",
    "RedisTokenStore": "._shared._redis",
    "RedisTokenStores": "._shared._factory",
    "RefreshLease": "._shared._protocol",
    "Secret": "._secret",
    "SecretFileTokenProvider": "._providers._secret_file",
    "SharedCacheTokenProvider": "._shared._cache",
    "SharedTokenStore": "._shared._protocol",
    "StaticTokenProvider": "._providers._static",
    "TokenAuth": "._bearer",
    "TokenCipher": "._shared._cipher",
    "TokenProvider": "._protocol",
    "TokenStore": "._oauth._stores",
    "TokenStoreFactory": "._oauth._connect",
    "VaultTokenProvider": "._providers._vault",
    "default_token_provider": "._providers._chain",
}

__getattr__, __dir__ = lazy_exports(globals(), _LAZY)
