"""The fake Katana login and API the example app partner runs against, until Ctrl-C.

    python -m examples.app_partner.fakes

`FakeKatanaLogin` on 127.0.0.1:8765 knows the example app (its default client id and
secret), consents at once for whoever asks, and guards a `FakeKatana` with a small
catalogue: only the live access tokens it issued reach the API.
"""

from __future__ import annotations

import argparse
import contextlib
import threading

from katana_client.testing import FakeKatana, FakeKatanaLogin, serve_fake_katana

from .settings import DEFAULT_APP_URL, FAKE_CLIENT_ID, FAKE_CLIENT_SECRET


def main() -> None:
    """Serve the fakes until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765, help="the fake login's port")
    parser.add_argument("--app-url", default=DEFAULT_APP_URL, help="the example app's root")
    parser.add_argument("--access-ttl", type=int, default=3600, help="access token lifetime (s)")
    args = parser.parse_args()
    with (
        serve_fake_katana(FakeKatana()) as api,
        FakeKatanaLogin(
            client_id=FAKE_CLIENT_ID,
            client_secret=FAKE_CLIENT_SECRET,
            redirect_uri=f"{args.app_url}/katana/callback",
            api_url=api.base_url,
            access_ttl=args.access_ttl,
            port=args.port,
        ) as login,
    ):
        print(f"Fake Katana login and API on {login.url} (API behind it: {api.base_url})")
        print(f"Now run the app, and open {args.app_url}:")
        print("    uvicorn examples.app_partner.app:app")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
