"""The example app partner (`examples/app_partner/`) under uvicorn with 4 workers.

20 tenants connect through the fake Katana login; the workers share their grants and
pending connects through a local redis-server. Every tenant's products are read from
several workers, then again once every access token is within the refresh margin:
each grant is refreshed exactly once, none is revoked, and no token or code reaches
the app's output.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from docs_blocks import text
from servers.leakcheck import MARKER, make_secret
from servers.processes import free_port, http_ok
from servers.redis_server import all_keys_and_values, redis_server

from katana_client.auth import TokenCipher
from katana_client.testing import FakeKatana, FakeKatanaLogin, serve_fake_katana

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
# The app as docs/authentication.md starts it: `uvicorn <target>`.
README_TARGET = re.search(
    r"^uvicorn (examples\.app_partner\.\S+)", text("docs/authentication.md"), re.MULTILINE
)
WORKERS = 4
TENANTS = 20
READS = 4  # concurrent product reads per tenant and round
ACCESS_TTL = 20  # seconds the fake's access tokens live
MARGIN = 4  # the app refreshes this long before expiry


class Partner:
    """The running app, the fake login behind it and where its output goes."""

    def __init__(self, url: str, login: FakeKatanaLogin, redis_url: str, log: Path) -> None:
        self.url = url
        self.login = login
        self.redis_url = redis_url
        self.log = log


@pytest.fixture
def partner(tmp_path: Path) -> Iterator[Partner]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    secret = make_secret("client-secret")
    log = tmp_path / "uvicorn.log"
    # `examples.app_partner` is importable from a folder that holds only `examples`: not
    # the repository root, whose `katana_client` would shadow the one being tested.
    (tmp_path / "path").mkdir()
    (tmp_path / "path" / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    with (
        redis_server() as redis_url,
        serve_fake_katana(FakeKatana(rate_limit=False)) as api,
        FakeKatanaLogin(
            client_id="partner",
            client_secret=secret,
            redirect_uri=f"{url}/katana/callback",
            api_url=api.base_url,
            access_ttl=ACCESS_TTL,
            token_prefix=MARKER,
        ) as login,
    ):
        env = {
            "KATANA_LOGIN_URL": login.url,
            "KATANA_CLIENT_ID": "partner",
            "KATANA_CLIENT_SECRET": secret,
            "APP_URL": url,
            "APP_SESSION_KEY": "test-session-key",
            "REDIS_URL": redis_url,
            "KATANA_TOKEN_KEY": TokenCipher.generate_key(),
            "KATANA_REFRESH_MARGIN": str(MARGIN),
            "PYTHONPATH": str(tmp_path / "path"),
        }
        argv = [
            sys.executable,
            "-m",
            "uvicorn",
            README_TARGET.group(1) if README_TARGET else "no uvicorn command in docs",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
        ]
        with log.open("wb") as out:
            app = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env}
            )
            try:
                ready = http_ok(url + "/")
                deadline = time.monotonic() + 60
                while not ready():
                    assert app.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, "the app did not start"
                    time.sleep(0.1)
                yield Partner(url, login, redis_url, log)
            finally:
                app.terminate()
                app.wait(30)


async def connect(url: str, tenant: str) -> httpx.AsyncClient:
    """Sign in as the tenant's admin and connect Katana; the signed-in browser."""
    # Connection: close, so that the browser's requests spread over the workers.
    browser = httpx.AsyncClient(base_url=url, headers={"Connection": "close"}, timeout=30)
    await browser.post("/sign-in", data={"tenant": tenant, "user": "admin"})
    start = await browser.get("/katana/connect")
    assert start.status_code == 303
    katana = await browser.get(start.headers["Location"])  # the fake consents at once
    assert katana.status_code == 302
    done = await browser.get(katana.headers["Location"])  # the callback
    assert done.status_code == 303, done.text
    return browser


async def read_products(browser: httpx.AsyncClient) -> list[int]:
    """READS concurrent product reads; the workers that answered."""
    answers = await asyncio.gather(*(browser.get("/products") for _ in range(READS)))
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert answer.json()["products"]
    return [answer.json()["worker"] for answer in answers]


async def test_twenty_tenants_on_four_workers_refresh_once_per_expiry(partner: Partner) -> None:
    tenants = [f"company-{n}" for n in range(TENANTS)]
    browsers = await asyncio.gather(*(connect(partner.url, t) for t in tenants))
    connected_by = time.time()
    try:
        grants = list(partner.login.grants)
        assert len(grants) == TENANTS
        rounds = await asyncio.gather(*(read_products(b) for b in browsers))
        # Then past the refresh point of every tenant's first access token, and far from
        # the second (ACCESS_TTL - MARGIN after each refresh): whether a tenant's refresh
        # falls in this round or (on a slow machine) the first, it has exactly one.
        await asyncio.sleep(max(0.0, connected_by + ACCESS_TTL - MARGIN + 0.5 - time.time()))
        rounds += await asyncio.gather(*(read_products(b) for b in browsers))
        workers = [w for r in rounds for w in r]
    finally:
        await asyncio.gather(*(b.aclose() for b in browsers))

    assert [g.refreshes for g in grants] == [1] * TENANTS
    assert not partner.login.chain_revoked
    assert not [g for g in grants if g.revoked]
    assert len(set(workers)) > 1  # the grants really were shared between processes
    assert not [v for v in all_keys_and_values(partner.redis_url) if MARKER in v]
    output = partner.log.read_text()
    assert output.count("GET /katana/callback?... HTTP/1.1") == TENANTS
    assert MARKER not in output
    assert "code=" not in output
