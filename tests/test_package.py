"""Specification of the package as installed: public API, typing marker, import cost."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import types
from importlib import metadata
from pathlib import Path

import pytest

import katana_client
import katana_client.auth
import katana_client.resilience

PUBLIC_PACKAGES = (
    "katana_client",
    "katana_client.resilience",
    "katana_client.auth",
    "katana_client.webhooks",
    "katana_client.mirror",
    "katana_client.fastapi",
    "katana_client.testing",
    "katana_client.observability",
)


def test_public_api_is_what_the_package_exports() -> None:
    assert set(katana_client.__all__) == {
        "KatanaAPIError",
        "KatanaAuthError",
        "KatanaAuthenticationError",
        "KatanaClient",
        "KatanaClientClosedError",
        "KatanaConfigError",
        "KatanaError",
        "KatanaInsecureTransportError",
        "KatanaOAuthError",
        "KatanaReauthorizationRequiredError",
        "KatanaTokenNotFoundError",
        "KatanaTokenProviderError",
        "KatanaTokenStoreError",
        "__version__",
        # Resilience: typed API and transport errors, retries, rate limits, pagination.
        "KatanaBadRequestError",
        "KatanaConflictError",
        "KatanaClosedInFlightError",
        "KatanaConnectionError",
        "KatanaForbiddenError",
        "KatanaJSONDepthError",
        "KatanaResponseShapeError",
        "KatanaNotFoundError",
        "KatanaPaginationError",
        "KatanaParameterError",
        "KatanaPreconditionFailedError",
        "KatanaRateLimitError",
        "KatanaRateLimitTimeoutError",
        "KatanaRateLimiterError",
        "KatanaResponseTooLargeError",
        "KatanaServerError",
        "KatanaTimeoutError",
        "KatanaTransportError",
        "KatanaUnauthorizedError",
        "KatanaValidationError",
        "LocalRateLimiter",
        "Page",
        "RedisRateLimiter",
        "RetryPolicy",
        "ValidationDetail",
        "collect",
        "pages",
        "paginate",
        # Resources: what list actions return, and a 2xx without the documented body.
        "AsyncPager",
        "KatanaEmptyResponseError",
        "PageOf",
        "Response",
        # Sync use: the blocking client and what its list actions return.
        "SyncKatanaClient",
        "SyncPager",
    }
    for name in katana_client.__all__:
        assert getattr(katana_client, name) is not None


@pytest.mark.parametrize("package", [katana_client, katana_client.resilience, katana_client.auth])
def test_every_exported_name_resolves_and_is_listed(package: types.ModuleType) -> None:
    # Most are imported on first access (a module `__getattr__`), not by the package.
    # `dir()` (what editors and `help()` offer) is the exports and the module's dunders,
    # not the helpers the package imports (`TYPE_CHECKING`) nor its private submodules.
    listed = [name for name in dir(package) if not name.startswith("__")]
    assert listed == sorted(name for name in package.__all__ if not name.startswith("__"))
    assert {"__name__", "__doc__", "__path__", "__all__"} <= set(dir(package))
    for name in package.__all__:
        assert getattr(package, name) is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = package.no_such_name


def test_lazy_names_are_the_objects_of_their_modules() -> None:
    from katana_client import _resources  # noqa: PLC0415 - the modules behind the names
    from katana_client.resilience import _pagination, _retry  # noqa: PLC0415

    assert katana_client.paginate is _pagination.paginate
    assert katana_client.resilience.paginate is katana_client.paginate
    assert katana_client.AsyncPager is _resources.AsyncPager
    assert katana_client.RetryPolicy is katana_client.resilience.RetryPolicy is _retry.RetryPolicy


def _readme_public_api() -> dict[str, list[str]]:
    """README.md's "Public API" list: each module's names, as written there."""
    text = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Public API\n", 1)[1].split("\n## ", 1)[0]
    listed: dict[str, list[str]] = {}
    for bullet in re.findall(r"^- `.*?(?=^- |\Z)", section, re.MULTILINE | re.DOTALL):
        module, *names = re.findall(r"`([^`]+)`", bullet)
        listed[module] = [exported for name in names for exported in listed.get(name, [name])]
    return listed


def test_readme_lists_exactly_what_each_public_module_exports() -> None:
    # A name may appear once per module; "all of `katana_client.webhooks`" stands for that
    # module's list, written above.
    listed = _readme_public_api()
    assert sorted(listed) == sorted(PUBLIC_PACKAGES)
    for package, names in listed.items():
        exported = importlib.import_module(package).__all__
        assert sorted(names) == sorted(exported), package


def test_every_exception_is_defined_in_the_errors_module() -> None:
    # One home for errors: the packages re-export theirs from `katana_client._errors`
    # (`from katana_client.webhooks import WebhookError` keeps working). Outside it,
    # only a module's own private signals, and the fake's FakeConnectionReset: the
    # network's error (an `httpx.ReadError`) the fake raises to drop a connection, which
    # the client sees as what a real reset raises, not an error of the SDK.
    elsewhere = set()
    for info in pkgutil.walk_packages(katana_client.__path__, "katana_client."):
        if info.name.startswith("katana_client.generated") or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            is_error = isinstance(value, type) and issubclass(value, BaseException)
            if is_error and value.__module__ == info.name != "katana_client._errors":
                elsewhere.add(name)
    assert {name for name in elsewhere if not name.startswith("_")} == {"FakeConnectionReset"}
    for package in PUBLIC_PACKAGES:
        module = importlib.import_module(package)
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, Exception):
                assert value.__module__ == "katana_client._errors" or name in elsewhere, name


def test_version_matches_installed_distribution() -> None:
    assert katana_client.__version__ == metadata.version("katana-client")


def test_package_ships_py_typed_marker() -> None:
    assert (Path(katana_client.__file__).parent / "py.typed").is_file()


@pytest.mark.slow
def test_import_and_client_load_neither_generated_code_nor_the_request_path() -> None:
    # Loading ~220 endpoint modules and their models on `import katana_client` would
    # cost every user start-up time; they must be imported only where used. So is what
    # only a request needs (the request core, the transport, the pager): `KatanaClient()`
    # alone does not load it. Checked in a fresh interpreter because this test process
    # may already have imported them.
    code = (
        "import json, sys, katana_client\n"
        "katana_client.KatanaClient(api_key='x')\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    loaded = json.loads(out)
    generated = [
        m
        for m in loaded
        if m.startswith(("katana_client.generated.models", "katana_client.generated.api"))
    ]
    assert generated == []
    request_path = {
        "katana_client._resources",
        "katana_client._runtime",
        "katana_client.resilience._pagination",
        "katana_client.resilience._ratelimit",
        "katana_client.resilience._transport",
    }
    assert request_path.isdisjoint(loaded)
