"""An app partner: companies connect their Katana account, then see their products.

Run it against the fake Katana login and API, from the repository root::

    python -m examples.app_partner.fakes     # fake login + API on 127.0.0.1:8765
    uvicorn examples.app_partner.app:app     # this app on 127.0.0.1:8000

Every setting comes from the environment (see `Settings`); the defaults point at the
fakes. Against Katana, set `KATANA_LOGIN_URL=https://login.katanamrp.com`,
`KATANA_BASE_URL=https://api.katanamrp.com/v1`, your app's `KATANA_CLIENT_ID` and
`KATANA_CLIENT_SECRET`, `APP_URL` (its public root: the redirect URI is
`<APP_URL>/katana/callback`) and `APP_SESSION_KEY`.

With `REDIS_URL` (and `KATANA_TOKEN_KEY`) the grants and the pending connects live in
Redis, and any number of workers serve the app (`uvicorn --workers 4`); without, the
grants are files in `APP_GRANTS_DIR` and the pending connects in memory: one worker.

The sign-in is a stand-in for your own: a signed cookie naming the tenant (the
company) and the user. The connect routes take both from it, never from the URL.
"""

# No `from __future__ import annotations`: FastAPI reads the routes' annotations at run
# time, and some dependencies are closures.

import base64
import hashlib
import hmac
import html
import json
import logging
import os
from collections.abc import Callable
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from katana_client import KatanaClient, KatanaReauthorizationRequiredError
from katana_client.auth import (
    ConnectResult,
    ConnectStateStore,
    FileTokenStores,
    MemoryConnectStates,
    OAuthApp,
    OAuthConnector,
    RedisConnectStates,
    RedisTokenStores,
    TokenStoreFactory,
)
from katana_client.fastapi import (
    ConnectingUser,
    TenantClientCache,
    katana_connect_router,
    katana_lifespan,
    tenant_client,
)
from katana_client.generated.api.products import get_all_products

from .settings import SESSION_COOKIE, Settings

logger = logging.getLogger("app_partner")

# --- the stand-in sign-in: a signed cookie "tenant, user" ------------------------------


def _sign(key: str, payload: bytes) -> str:
    return hmac.new(key.encode(), payload, hashlib.sha256).hexdigest()


def session_cookie(key: str, tenant: str, user: str) -> str:
    """The cookie value for `user` of `tenant`."""
    payload = base64.urlsafe_b64encode(json.dumps([tenant, user]).encode())
    return f"{payload.decode()}.{_sign(key, payload)}"


def read_session(key: str, cookie: str | None) -> ConnectingUser | None:
    """The signed-in tenant and user, or None."""
    payload, _, signature = (cookie or "").encode().partition(b".")
    if not payload or not hmac.compare_digest(signature.decode(), _sign(key, payload)):
        return None
    tenant, user = json.loads(base64.urlsafe_b64decode(payload))
    return ConnectingUser(str(tenant), str(user))


# --- the app ------------------------------------------------------------------------------


def grant_stores(settings: Settings) -> tuple[TokenStoreFactory, ConnectStateStore]:
    """Where the grants and pending connects live: Redis for many workers, else local."""
    if settings.redis_url is not None:
        if settings.token_key is None:
            raise RuntimeError("REDIS_URL needs KATANA_TOKEN_KEY: tokens go to Redis encrypted.")
        stores = RedisTokenStores(settings.redis_url, key=settings.token_key)
        states = RedisConnectStates(settings.redis_url, key=settings.token_key)
        return stores, states
    return FileTokenStores(settings.grants_dir, key=settings.token_key), MemoryConnectStates()


def create_app(settings: Settings) -> FastAPI:
    """The app partner, configured by `settings`."""
    oauth = OAuthApp(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        redirect_uri=f"{settings.app_url}/katana/callback",
        authorize_url=f"{settings.login_url}/authorize",
        token_url=f"{settings.login_url}/oauth/token",
    )
    stores, states = grant_stores(settings)
    connector = OAuthConnector(oauth, stores, states=states)

    def grant_died(tenant: str, error: KatanaReauthorizationRequiredError) -> None:
        # Your app would mark the tenant disconnected and tell its admins, once.
        logger.warning("Tenant %s must connect Katana again (%s)", tenant, error.error)

    clients = TenantClientCache.for_oauth(
        oauth,
        stores,
        on_grant_dead=grant_died,
        refresh_margin=settings.refresh_margin,
        base_url=settings.base_url,
    )

    def signed_in(request: Request) -> ConnectingUser:
        found = read_session(settings.session_key, request.cookies.get(SESSION_COOKIE))
        if found is None:
            raise HTTPException(401, "Sign in first.")
        return found

    def connect_result(request: Request, result: ConnectResult) -> Response:
        if result.ok:
            return RedirectResponse("/", status_code=303)
        page = f"<p>Connecting Katana failed: {html.escape(result.message)}</p>"
        return HTMLResponse(f'{page}<p><a href="/katana/connect">Try again</a></p>', 400)

    app = FastAPI(title="Katana app partner", lifespan=katana_lifespan(None, tenants=clients))
    app.include_router(
        katana_connect_router(connector, signed_in, on_result=connect_result, clients=clients)
    )
    app.include_router(pages(settings, stores, signed_in))

    @app.exception_handler(KatanaReauthorizationRequiredError)
    async def reconnect(request: Request, exc: KatanaReauthorizationRequiredError) -> Response:
        return JSONResponse({"detail": "Connect Katana again.", "connect": "/katana/connect"}, 409)

    return app


def pages(
    settings: Settings, stores: TokenStoreFactory, signed_in: Callable[..., ConnectingUser]
) -> APIRouter:
    """Sign-in, the tenant's home page and its products."""
    router = APIRouter()

    def tenant_of(who: Annotated[ConnectingUser, Depends(signed_in)]) -> str:
        return who.tenant

    @router.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> str:
        who = read_session(settings.session_key, request.cookies.get(SESSION_COOKIE))
        if who is None:
            return (
                '<form method="post" action="/sign-in">Company <input name="tenant"> '
                'User <input name="user"> <button>Sign in</button></form>'
            )
        name = html.escape(who.tenant)
        if await stores(who.tenant).load() is None:
            return f'<p>{name} is not connected. <a href="/katana/connect">Connect Katana</a></p>'
        return (
            f'<p>{name} is connected. <a href="/products">Products</a></p>'
            '<form method="post" action="/katana/disconnect"><button>Disconnect</button></form>'
        )

    @router.post("/sign-in")
    async def sign_in(request: Request) -> Response:
        form = dict(parse_qsl((await request.body())[:4096].decode(errors="replace")))
        answer = RedirectResponse("/", status_code=303)
        cookie = session_cookie(settings.session_key, form.get("tenant", ""), form.get("user", ""))
        answer.set_cookie(SESSION_COOKIE, cookie, httponly=True, samesite="lax")
        return answer

    @router.get("/products")
    async def products(
        katana: Annotated[KatanaClient, Depends(tenant_client(tenant_of))],
        tenant: Annotated[str, Depends(tenant_of)],
    ) -> dict[str, object]:
        page = await get_all_products.asyncio(client=katana, limit=50)
        names = [str(p.name) for p in (page.data if page and page.data else [])]
        return {"tenant": tenant, "products": names, "worker": os.getpid()}

    return router


app = create_app(Settings.from_env())
