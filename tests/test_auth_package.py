"""Specification of `katana_client.auth` as a namespace: complete, documented, cheap to import."""

from __future__ import annotations

import json
import subprocess
import sys

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
