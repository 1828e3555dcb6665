"""The environment's proxies, read by httpx's rules and sent through the resilience layer.

httpx reads HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY only when it builds its
transport itself. `KatanaClient` gives it the resilience transport instead, so the
proxies are read here, the way httpx reads them, and each one is mounted as its own
transport wrapped in the same retries, rate limit and body cap.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from typing import Final

import httpx

from katana_client._errors import KatanaConfigError, KatanaInsecureTransportError

from ._transport import ResilientTransport

__all__ = ["environment_proxies", "proxy_mounts"]

_LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1"})
_CLEAR_TEXT_SCHEMES: Final = frozenset({"http", "socks5", "socks5h"})
_VARIABLES: Final = {"http://": "HTTP_PROXY", "https://": "HTTPS_PROXY", "all://": "ALL_PROXY"}


def environment_proxies() -> dict[str, str | None]:
    """`{httpx mount pattern: proxy URL, or None to go direct}` from the environment.

    The same reading as httpx's: `http_proxy`/`HTTP_PROXY`, `https_proxy`,
    `all_proxy` (lower case first, as urllib reads them), a bare `host:port` taken as
    an http proxy; NO_PROXY entries go direct (`*` turns every proxy off, `.example.com`
    matches subdomains, `example.com` the domain and its subdomains, IP addresses and
    `localhost` exactly).
    """
    found = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme)
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for entry in found.get("no", "").split(","):
        host = entry.strip()
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif host.lower() == "localhost" or _is_ip(host, ipaddress.IPv4Address):
            mounts[f"all://{host}"] = None
        elif _is_ip(host, ipaddress.IPv6Address):
            mounts[f"all://[{host}]"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def _is_ip(host: str, kind: type[ipaddress.IPv4Address | ipaddress.IPv6Address]) -> bool:
    try:
        kind(host.split("/")[0])
    except ValueError:
        return False
    return True


def proxy_mounts(
    resilient: ResilientTransport, *, limits: httpx.Limits, trust_env: bool
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """The `mounts=` for `httpx.AsyncClient`: a resilient proxy transport per proxy.

    Plain-http requests (allowed to loopback hosts only) must not leave the machine
    unencrypted through a proxy either: when their proxy is neither https nor on this
    machine, they are refused with `KatanaInsecureTransportError`.

    Raises:
        KatanaConfigError: A proxy variable holds a URL httpx cannot use (an unknown
            scheme, SOCKS without the `socksio` package). The URL is not quoted: it
            may carry the proxy's password.
    """
    proxies = environment_proxies()
    refused = _plain_http_refused(proxies)
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, url in proxies.items():
        if url is None:
            mounts[pattern] = None
        elif not (refused and pattern == "http://"):
            mounts[pattern] = resilient.wrap(_transport(pattern, url, limits, trust_env))
    if refused is not None:
        mounts["http://"] = refused
    return mounts


def _plain_http_refused(proxies: dict[str, str | None]) -> _PlainHttpRefused | None:
    # Plain http goes through HTTP_PROXY, else ALL_PROXY (httpx's most specific match).
    plain = "http://" if "http://" in proxies else "all://"
    url = proxies.get(plain)
    if url is None:
        return None
    try:
        proxy = httpx.URL(url)
    except httpx.InvalidURL:
        return None  # `_transport` refuses it, without quoting it
    # An https proxy is reached over TLS; any scheme httpx refuses is `_transport`'s.
    if proxy.scheme not in _CLEAR_TEXT_SCHEMES or proxy.host in _LOOPBACK_HOSTS:
        return None
    return _PlainHttpRefused(proxy, _VARIABLES[plain])


def _transport(
    pattern: str, url: str, limits: httpx.Limits, trust_env: bool
) -> httpx.AsyncHTTPTransport:
    try:
        return httpx.AsyncHTTPTransport(proxy=url, limits=limits, trust_env=trust_env)
    except (ValueError, ImportError, httpx.InvalidURL) as exc:
        problem = type(exc).__name__
    # Raised here, outside the except: the original message may quote the URL.
    raise KatanaConfigError(
        f"The proxy in {_VARIABLES.get(pattern, 'the proxy variables')} (or its lower-case "
        f"form) cannot be used ({problem}: an unsupported scheme, SOCKS without the "
        "socksio package, or a malformed URL). Fix the variable, or pass "
        "KatanaClient(trust_env=False) to ignore proxy variables."
    )


class _PlainHttpRefused(httpx.AsyncBaseTransport):
    """Mounted for plain-http requests whose proxy would carry them off the machine."""

    def __init__(self, proxy: httpx.URL, variable: str) -> None:
        # No userinfo: a proxy URL may carry the proxy's password.
        self._proxy = f"{proxy.scheme}://{proxy.host}" + (f":{proxy.port}" if proxy.port else "")
        self._variable = variable

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        raise KatanaInsecureTransportError(
            f"Refusing to send {request.method} to {host} over plain http through the "
            f"proxy {self._proxy} from {self._variable}: the Katana token would cross the "
            f"network unencrypted. Add {host} to NO_PROXY, use an https:// proxy, or pass "
            "KatanaClient(trust_env=False) to ignore proxy variables."
        )
