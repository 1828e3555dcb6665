"""FastAPI routes that connect a tenant to Katana: connect, callback, disconnect.

The framework-free work is `katana_client.auth.OAuthConnector`'s; this module maps it
onto HTTP:

- `GET  <connect>`: your dependency says which tenant and user are connecting (never a
  query parameter anyone can set); the answer redirects to Katana's authorize URL and
  sets a cookie (HttpOnly, for the callback's path only) that binds the connect to
  this browser.
- `GET|POST <callback>`: Katana's page says it POSTs the code to the redirect URL, most
  OAuth servers redirect with a query string: both are read (a posted form up to
  `max_form_bytes`), and accepted only with the cookie of the browser that started
  the connect. The outcome, good or bad, goes to `on_result`, whose response is sent;
  a refused consent, a reused or expired state, another browser or a failed exchange
  is never a 500. uvicorn's access log shows the callback's path without its query.
- `POST <disconnect>`: clears the grant of your dependency's tenant.
"""

# No `from __future__ import annotations`: FastAPI reads dependency annotations at run
# time, and the routes are closures.

import hashlib
import inspect
import logging
import math
import secrets
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Final, NamedTuple
from urllib.parse import parse_qsl, urlsplit

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from starlette.requests import ClientDisconnect

from katana_client.auth import ConnectResult, OAuthConnector

from ._tenants import TenantClientCache

__all__ = ["ConnectResultHandler", "ConnectingUser", "katana_connect_router"]

DEFAULT_MAX_FORM_BYTES: Final = 16 * 1024
#: Seconds a posted callback form may take to arrive.
FORM_TIMEOUT: Final = 10.0
#: The start of each connect's browser cookie's name; the rest is from its state, so
#: that two connects in one browser (two tenants, two tabs) each keep their own.
BROWSER_COOKIE: Final = "katana_connect"


def _cookie_name(state: str) -> str:
    return f"{BROWSER_COOKIE}_{hashlib.sha256(state.encode()).hexdigest()[:16]}"


class ConnectingUser(NamedTuple):
    """Who is connecting (or disconnecting) which tenant, as your app knows them."""

    tenant: str
    user: str


#: Turns a callback's outcome into the response sent; may be async.
ConnectResultHandler = Callable[[Request, ConnectResult], Response | Awaitable[Response]]


def katana_connect_router(
    connector: OAuthConnector,
    who: Callable[..., Any],
    *,
    on_result: ConnectResultHandler | None = None,
    done_url: str = "/",
    clients: TenantClientCache | None = None,
    connect_path: str = "/katana/connect",
    callback_path: str | None = None,
    disconnect_path: str = "/katana/disconnect",
    max_form_bytes: int = DEFAULT_MAX_FORM_BYTES,
    bind_browser: bool = True,
) -> APIRouter:
    """Routes that connect your tenants to Katana with `connector`.

    Example::

        def who(user: Annotated[User, Depends(current_user)]) -> ConnectingUser:
            return ConnectingUser(tenant=user.company_id, user=user.id)

        app.include_router(katana_connect_router(connector, who, clients=clients))

    Args:
        connector: Runs the flow and knows the app, the grant stores and the states.
        who: A FastAPI dependency returning the `ConnectingUser` of the request (from
            your session or authentication, never from the query string).
        on_result: Makes the callback's response from its `ConnectResult`. Default: a
            303 redirect to `done_url` when connected; otherwise a 400 page that names
            the result's error codes only (e.g. `exchange_failed (invalid_client)`), never
            a description: that is the words of a server, and not for the user's page.
        done_url: Where the default `on_result` and the disconnect route redirect.
        clients: A tenant client cache whose client of the tenant is dropped after a
            connect or disconnect, so the next request uses the new grant.
        connect_path, disconnect_path: Where those routes go.
        callback_path: The callback route; default: the path of the app's
            `redirect_uri`.
        max_form_bytes: The largest posted callback form read.
        bind_browser: Accept a callback only in the browser that started the connect
            (a `katana_connect_<id>` cookie per connect, <id> from its state:
            `SameSite=None; Secure` when the redirect URI
            is https, so that Katana's cross-site POST carries it, else `Lax`). Turn it
            off only if the callback cannot receive the cookie (another domain).
    """
    redirect = urlsplit(connector.app.redirect_uri)
    if callback_path is None:
        callback_path = redirect.path or "/"
    secure = redirect.scheme == "https"
    respond = on_result if on_result is not None else _default_result(done_url)
    _hide_query_in_access_log(callback_path)
    router = APIRouter()

    @router.get(connect_path, include_in_schema=False)
    async def connect(connecting: Annotated[ConnectingUser, Depends(who)]) -> Response:
        browser = secrets.token_urlsafe(32) if bind_browser else None
        url = await connector.begin(connecting.tenant, connecting.user, browser=browser)
        answer = RedirectResponse(url, status_code=303)
        if browser is not None:
            state = dict(parse_qsl(urlsplit(url).query)).get("state", "")
            answer.set_cookie(
                _cookie_name(state),
                browser,
                max_age=math.ceil(connector.state_ttl),
                path=callback_path,
                secure=secure,
                httponly=True,
                samesite="none" if secure else "lax",
            )
        return answer

    @router.api_route(callback_path, methods=["GET", "POST"], include_in_schema=False)
    async def callback(request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "POST":
            params.update(await _read_form(request, max_form_bytes))
        # This connect's own cookie, named from its state: a callback of another (or a
        # forged one) neither reads nor deletes it.
        cookie = _cookie_name(params.get("state") or "")
        browser = request.cookies.get(cookie) if bind_browser else None
        result = await connector.complete(params, browser=browser)
        if result.ok and clients is not None and result.tenant is not None:
            await clients.invalidate(result.tenant)
        made = respond(request, result)
        answer = await made if inspect.isawaitable(made) else made
        if browser is not None:
            answer.delete_cookie(cookie, path=callback_path, secure=secure, httponly=True)
        return answer

    @router.post(disconnect_path, include_in_schema=False)
    async def disconnect(connecting: Annotated[ConnectingUser, Depends(who)]) -> Response:
        await connector.disconnect(connecting.tenant)
        if clients is not None:
            await clients.invalidate(connecting.tenant)
        return RedirectResponse(done_url, status_code=303)

    return router


def _default_result(done_url: str) -> ConnectResultHandler:
    def respond(request: Request, result: ConnectResult) -> Response:
        if result.ok:
            return RedirectResponse(done_url, status_code=303)
        code = f"{result.error} ({result.oauth_error})" if result.oauth_error else result.error
        return PlainTextResponse(
            f"Connecting to Katana failed: {code}. Start connecting again from the app.", 400
        )

    return respond


async def _read_form(request: Request, limit: int) -> dict[str, str]:
    """The posted form's fields; none if it is not a urlencoded form or over `limit`."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        return {}
    body = bytearray()
    # A browser that drops mid-body, or trickles it, gets the answer to no form (400).
    with anyio.move_on_after(FORM_TIMEOUT) as waited:
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > limit:
                    return {}
        except ClientDisconnect:
            return {}
    if waited.cancelled_caught:
        return {}
    try:
        return dict(parse_qsl(body.decode("utf-8", "replace"), max_num_fields=50))
    except ValueError:  # more fields than any callback has
        return {}


class _HideCallbackQuery(logging.Filter):
    """Shows uvicorn's access log line of the callback without its query (the code).

    uvicorn logs the whole path: the app's `root_path` and the prefix the router was
    included under come before `path`, so a path that ends with it is the callback's.
    """

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        # uvicorn.access: (client, method, path with query, http version, status)
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            path, _, query = args[2].partition("?")
            if query and path.rstrip("/").endswith(self.path.rstrip("/")):
                record.args = (*args[:2], f"{path}?...", *args[3:])
        return True


def _hide_query_in_access_log(path: str) -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _HideCallbackQuery) and f.path == path for f in access.filters):
        access.addFilter(_HideCallbackQuery(path))
