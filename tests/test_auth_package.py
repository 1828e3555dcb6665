"""Specification of `katana_client.auth` as a namespace: complete, documented, cheap to import."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest
from docs_blocks import blocks

import katana_client
import katana_client.auth


def test_every_public_auth_name_is_exported_and_documented() -> None:
    for name in katana_client.auth.__all__:
        obj = getattr(katana_client.auth, name)
        assert obj.__doc__, f"{name} has no docstring"


def test_auth_errors_are_the_same_classes_at_the_top_level() -> None:
    for name in katana_client.auth.__all__:
        if name.startswith("Katana") and name in katana_client.__all__:
            assert getattr(katana_client, name) is getattr(katana_client.auth, name)


@pytest.mark.slow
def test_importing_the_package_and_its_auth_does_not_import_optional_back_ends() -> None:
    # boto3 alone takes ~100 ms to import; users who do not use a back end must not pay.
    code = (
        "import json, sys, katana_client, katana_client.auth\n"
        "katana_client.auth.default_token_provider()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    loaded = set(json.loads(out))
    assert not loaded & {"boto3", "botocore", "hvac", "keyring", "requests"}


def readme_auth_examples() -> list[str]:
    return blocks("docs/authentication.md")


def test_readme_shows_one_example_per_source() -> None:
    first = readme_auth_examples()[0]
    for name in katana_client.auth.__all__:
        if name.endswith("TokenProvider") and name not in {"CachingTokenProvider", "TokenProvider"}:
            # The chain is shown through default_token_provider(), OAuth in its own block,
            # the shared cache in "Many workers, one account" (test_shared_package.py).
            assert name in first or name in {
                "ChainTokenProvider",
                "OAuthTokenProvider",
                "SharedCacheTokenProvider",
            }, name
    assert "default_token_provider()" in first
    assert "katana_connect_router(connector, who" in readme_auth_examples()[1]
    assert "OAuthTokenProvider(app, store)" in readme_auth_examples()[2]


def test_readme_provider_examples_construct_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    # Constructing makes no request: each line checks names and arguments.
    monkeypatch.setenv("KATANA_API_KEY", "k")
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:8200")
    monkeypatch.setenv("VAULT_TOKEN", "t")
    settings = types.SimpleNamespace(katana_api_key="k")
    exec(readme_auth_examples()[0], {"settings": settings})
