"""The example app partner's settings, from the environment; the defaults are the fakes'."""

from __future__ import annotations

import dataclasses
import os
import secrets
import tempfile

FAKE_LOGIN_URL = "http://127.0.0.1:8765"
FAKE_CLIENT_ID = "app-partner-example"
FAKE_CLIENT_SECRET = "app-partner-example-secret"  # noqa: S105 - the fake login's, not a real one
DEFAULT_APP_URL = "http://127.0.0.1:8000"
# Outside the checkout, so that running the example leaves nothing in the repository.
DEFAULT_GRANTS_DIR = os.path.join(tempfile.gettempdir(), "katana-app-partner-grants")
SESSION_COOKIE = "partner_session"


@dataclasses.dataclass(frozen=True)
class Settings:
    """The app's configuration, from the environment."""

    login_url: str = FAKE_LOGIN_URL
    base_url: str = f"{FAKE_LOGIN_URL}/v1"
    client_id: str = FAKE_CLIENT_ID
    client_secret: str = dataclasses.field(default=FAKE_CLIENT_SECRET, repr=False)
    app_url: str = DEFAULT_APP_URL
    session_key: str = dataclasses.field(default="", repr=False)
    redis_url: str | None = dataclasses.field(default=None, repr=False)
    token_key: str | None = dataclasses.field(default=None, repr=False)
    grants_dir: str = DEFAULT_GRANTS_DIR
    refresh_margin: float = 60.0

    @classmethod
    def from_env(cls) -> Settings:
        """Read `KATANA_LOGIN_URL`, `KATANA_BASE_URL`, `KATANA_CLIENT_ID`,
        `KATANA_CLIENT_SECRET`, `APP_URL`, `APP_SESSION_KEY`, `REDIS_URL`,
        `KATANA_TOKEN_KEY`, `APP_GRANTS_DIR`, `KATANA_REFRESH_MARGIN`."""
        env = os.environ
        login_url = env.get("KATANA_LOGIN_URL", FAKE_LOGIN_URL).rstrip("/")
        return cls(
            login_url=login_url,
            base_url=env.get("KATANA_BASE_URL", f"{login_url}/v1"),
            client_id=env.get("KATANA_CLIENT_ID", FAKE_CLIENT_ID),
            client_secret=env.get("KATANA_CLIENT_SECRET", FAKE_CLIENT_SECRET),
            app_url=env.get("APP_URL", DEFAULT_APP_URL).rstrip("/"),
            # A random key per process signs nobody out on a restart of one worker
            # only; set APP_SESSION_KEY for several workers.
            session_key=env.get("APP_SESSION_KEY") or secrets.token_urlsafe(32),
            redis_url=env.get("REDIS_URL") or None,
            token_key=env.get("KATANA_TOKEN_KEY") or None,
            grants_dir=env.get("APP_GRANTS_DIR", DEFAULT_GRANTS_DIR),
            refresh_margin=float(env.get("KATANA_REFRESH_MARGIN", "60")),
        )
