"""One worker process of the multi-process tests: many concurrent requests, one shared store.

Run by the tests as `python tests/servers/shared_worker.py ...`, it builds the store and
the provider a real worker would, then obeys one command per line on stdin and answers
one line on stdout:

- `go`: send `--tasks` concurrent GET /products through `TokenAuth`, the client's auth
  hook; answer `{"ok": N, "failed": ["ErrorType:detail", ...]}`;
- `lock`: take the store's refresh lease and keep it (answer `locked` or `busy`), as a
  worker that is then killed or hangs while refreshing;
- `quit`: exit.

Secrets come through the environment (WORKER_CLIENT_SECRET, WORKER_STORE_KEY), not argv.
With `--log FILE` it logs everything at DEBUG there, for the tests' leak scan.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from typing import Any

import httpx

from katana_client.auth import (
    CommandTokenProvider,
    KatanaOAuthError,
    LockingFileTokenStore,
    OAuthApp,
    OAuthTokenProvider,
    RedisTokenStore,
    RefreshLease,
    SharedCacheTokenProvider,
    SharedTokenStore,
    TokenAuth,
    TokenProvider,
)

REDIRECT_URI = "https://app.example.com/katana/callback"


def make_store(args: argparse.Namespace) -> SharedTokenStore:
    key = os.environ.get("WORKER_STORE_KEY") or None
    if args.store == "redis":
        assert key is not None
        return RedisTokenStore(
            args.where, tenant=args.tenant, key=key, lease=args.lease, poll_interval=args.poll
        )
    return LockingFileTokenStore(args.where, key=key, lease=args.lease, poll_interval=args.poll)


def make_provider(args: argparse.Namespace, store: SharedTokenStore) -> TokenProvider:
    if args.mode == "key":
        inner = CommandTokenProvider(json.loads(args.key_command), ttl=None)
        return SharedCacheTokenProvider(inner, store=store, ttl=args.ttl)
    app = OAuthApp(
        client_id=args.client_id,
        client_secret=os.environ["WORKER_CLIENT_SECRET"],
        redirect_uri=REDIRECT_URI,
        authorize_url=args.login_url + "/authorize",
        token_url=args.login_url + "/oauth/token",
        timeout=args.timeout,
    )
    return OAuthTokenProvider(app, store, refresh_margin=args.refresh_margin)


async def one_round(http: httpx.AsyncClient, tasks: int) -> dict[str, Any]:
    async def request() -> str | None:
        try:
            response = await http.get("/products")
        except KatanaOAuthError as exc:
            return f"{type(exc).__name__}:{exc.error}"
        except Exception as exc:
            return type(exc).__name__
        return None if response.status_code == 200 else f"HTTP {response.status_code}"

    outcomes = await asyncio.gather(*(request() for _ in range(tasks)))
    failed = [o for o in outcomes if o is not None]
    return {"ok": tasks - len(failed), "failed": failed}


async def main(args: argparse.Namespace) -> None:
    if args.log:
        # Everything at DEBUG, for the test's leak scan of what a worker logs.
        logging.basicConfig(filename=args.log, level=logging.DEBUG)
    store = make_store(args)
    provider = make_provider(args, store)
    held: list[RefreshLease] = []
    async with httpx.AsyncClient(
        base_url=args.api_url, auth=TokenAuth(provider), timeout=30.0
    ) as http:
        print("ready", flush=True)
        while True:
            command = (await asyncio.to_thread(sys.stdin.readline)).strip()
            if command == "go":
                answer = json.dumps(await one_round(http, args.tasks))
            elif command == "lock":
                lease = await store.try_lock()
                held.extend([lease] if lease is not None else [])
                answer = "locked" if lease is not None else "busy"
            else:
                break
            print(answer, flush=True)
    if isinstance(store, RedisTokenStore):
        await store.aclose()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", choices=["redis", "file"], required=True)
    parser.add_argument("--where", required=True, help="Redis URL or token file path")
    parser.add_argument("--tenant", default="acme")
    parser.add_argument("--mode", choices=["oauth", "key"], default="oauth")
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--login-url", default="")
    parser.add_argument("--client-id", default="katana-test-app")
    parser.add_argument("--tasks", type=int, default=20)
    parser.add_argument("--lease", type=float, default=2.0)
    parser.add_argument("--poll", type=float, default=0.02)
    parser.add_argument("--timeout", type=float, default=1.5)
    parser.add_argument("--refresh-margin", type=float, default=0.5)
    parser.add_argument("--ttl", type=float, default=1.0)
    parser.add_argument("--key-command", default="[]")
    parser.add_argument("--log", default="", help="append DEBUG logs to this file")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse(sys.argv[1:])))
