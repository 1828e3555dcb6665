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

OAuth 2.0 for app partners: `OAuthApp`, `OAuthTokenProvider`, `OAuthTokens` and the
token stores `MemoryTokenStore`, `FileTokenStore` (or your own `TokenStore`).

Many worker processes, one Katana account: the `SharedTokenStore`s
`LockingFileTokenStore` (one host) and `RedisTokenStore` (extra `[redis]`) let one
process refresh an OAuth grant while the others wait for its tokens, and
`SharedCacheTokenProvider` shares a key read from a slow secret store. `TokenCipher`
encrypts what they store (extra `[crypto]`, included in `[redis]`).

Optional dependencies (boto3, hvac, keyring, redis, cryptography) are imported only when
something that needs them is used, so importing this module stays cheap.
"""

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
from ._bearer import TokenAuth
from ._oauth._app import AuthorizationRequest, OAuthApp
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
from ._shared._file import LockingFileTokenStore
from ._shared._protocol import RefreshLease, SharedTokenStore
from ._shared._redis import RedisTokenStore

__all__ = [
    "AuthorizationRequest",
    "AwsSecretsManagerTokenProvider",
    "CachingTokenProvider",
    "ChainTokenProvider",
    "CommandTokenProvider",
    "DotenvTokenProvider",
    "EnvTokenProvider",
    "FileTokenStore",
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
    "MemoryTokenStore",
    "OAuthApp",
    "OAuthTokenProvider",
    "OAuthTokens",
    "RedisTokenStore",
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
    "VaultTokenProvider",
    "default_token_provider",
]
