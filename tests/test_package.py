"""Specification of the package as installed: public API, typing marker, import cost."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import katana_client


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


def test_version_matches_installed_distribution() -> None:
    assert katana_client.__version__ == metadata.version("katana-client")


def test_package_ships_py_typed_marker() -> None:
    assert (Path(katana_client.__file__).parent / "py.typed").is_file()


@pytest.mark.slow
def test_import_does_not_load_generated_endpoints_or_models() -> None:
    # Loading ~220 endpoint modules and their models on `import katana_client` would
    # cost every user start-up time; they must be imported only where used. Checked in
    # a fresh interpreter because this test process may already have imported them.
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
