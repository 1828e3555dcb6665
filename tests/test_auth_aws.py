"""Specification of `AwsSecretsManagerTokenProvider`, against a real moto_server on 127.0.0.1."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from servers.leakcheck import leak_scan, make_secret, render_exception
from servers.processes import find_binary, free_port, http_ok, running

from katana_client.auth import (
    AwsSecretsManagerTokenProvider,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
)

pytestmark = [pytest.mark.usefixtures(leak_scan.__name__, "aws_env"), pytest.mark.slow]

REGION = "eu-west-1"


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    """A Secrets Manager endpoint: moto_server, started for this module, on loopback."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [find_binary("moto_server", package="moto[server]"), "-H", "127.0.0.1", "-p", str(port)]
    with running(argv, ready=http_ok(url + "/moto-api/")):
        yield url


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """Dummy credentials, no shared config, no instance metadata: nothing leaves the machine."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def secretsmanager(moto_url: str, aws_env: None) -> Any:
    # The tests' own writes (create_secret, put_secret_value) go through the same
    # botocore loggers, which the provider's filter guards once a provider exists.
    AwsSecretsManagerTokenProvider("katana/filter-installer")
    return boto3.client("secretsmanager", region_name=REGION, endpoint_url=moto_url)


def unique_name(label: str) -> str:
    return f"katana/{label}/{make_secret('name').rsplit('-', 1)[1]}"


async def test_reads_a_plaintext_secret(secretsmanager: Any, moto_url: str) -> None:
    key = make_secret()
    name = unique_name("plain")
    secretsmanager.create_secret(Name=name, SecretString=key)
    provider = AwsSecretsManagerTokenProvider(name, region_name=REGION, endpoint_url=moto_url)
    assert (await provider.get_token()).reveal() == key


async def test_reads_a_field_of_a_json_secret(secretsmanager: Any, moto_url: str) -> None:
    key = make_secret()
    name = unique_name("json")
    secretsmanager.create_secret(
        Name=name, SecretString=json.dumps({"api_key": key, "account": "acme"})
    )
    provider = AwsSecretsManagerTokenProvider(
        name, json_key="api_key", region_name=REGION, endpoint_url=moto_url
    )
    assert (await provider.get_token()).reveal() == key


async def test_rotated_secret_is_read_after_invalidate(secretsmanager: Any, moto_url: str) -> None:
    name = unique_name("rotate")
    secretsmanager.create_secret(Name=name, SecretString=make_secret("old"))
    provider = AwsSecretsManagerTokenProvider(name, region_name=REGION, endpoint_url=moto_url)
    await provider.get_token()
    new = make_secret("new")
    secretsmanager.put_secret_value(SecretId=name, SecretString=new)
    assert (await provider.get_token()).reveal() != new  # cached within the TTL
    provider.invalidate()
    assert (await provider.get_token()).reveal() == new


async def test_accepts_a_ready_boto3_client(secretsmanager: Any) -> None:
    key = make_secret()
    name = unique_name("client")
    secretsmanager.create_secret(Name=name, SecretString=key)
    provider = AwsSecretsManagerTokenProvider(name, client=secretsmanager)
    assert (await provider.get_token()).reveal() == key


async def test_missing_secret_is_not_found_with_the_command_to_create_it(moto_url: str) -> None:
    provider = AwsSecretsManagerTokenProvider(
        "katana/absent", region_name=REGION, endpoint_url=moto_url
    )
    with pytest.raises(KatanaTokenNotFoundError, match="create-secret --name katana/absent"):
        await provider.get_token()


async def test_json_secret_without_the_field_is_not_found(
    secretsmanager: Any, moto_url: str
) -> None:
    name = unique_name("nofield")
    secretsmanager.create_secret(Name=name, SecretString=json.dumps({"other": make_secret()}))
    provider = AwsSecretsManagerTokenProvider(
        name, json_key="api_key", region_name=REGION, endpoint_url=moto_url
    )
    with pytest.raises(KatanaTokenNotFoundError, match="no string field 'api_key'"):
        await provider.get_token()


async def test_non_json_secret_with_json_key_does_not_leak_it(
    secretsmanager: Any, moto_url: str
) -> None:
    key = make_secret()
    name = unique_name("notjson")
    secretsmanager.create_secret(Name=name, SecretString=key)
    provider = AwsSecretsManagerTokenProvider(
        name, json_key="api_key", region_name=REGION, endpoint_url=moto_url
    )
    with pytest.raises(KatanaTokenProviderError, match="not a JSON object") as caught:
        await provider.get_token()
    assert key not in render_exception(caught.value)
    assert caught.value.__context__ is None  # a JSONDecodeError would hold it in .doc


async def test_a_secret_value_that_cannot_be_a_key_is_refused_naming_the_secret(
    secretsmanager: Any, moto_url: str
) -> None:
    key = make_secret()
    name = unique_name("crlf")
    secretsmanager.create_secret(Name=name, SecretString=f"{key}\r\nX-Injected: 1")
    provider = AwsSecretsManagerTokenProvider(name, region_name=REGION, endpoint_url=moto_url)
    with pytest.raises(KatanaTokenProviderError, match="line break") as caught:
        await provider.get_token()
    assert caught.value.source == f"AWS Secrets Manager secret {name!r}"
    assert key not in render_exception(caught.value)


async def test_unreachable_endpoint_is_a_provider_error() -> None:
    provider = AwsSecretsManagerTokenProvider(
        "katana/x", region_name=REGION, endpoint_url=f"http://127.0.0.1:{free_port()}"
    )
    with pytest.raises(KatanaTokenProviderError, match="Cannot read"):
        await provider.get_token()


async def test_botocore_debug_logs_do_not_show_the_secret_value(
    secretsmanager: Any, moto_url: str, leak_scan: list[str]
) -> None:
    # botocore logs response bodies at DEBUG; the leak_scan fixture fails the test if the
    # SecretString reaches any log record.
    key = make_secret()
    name = unique_name("debug")
    secretsmanager.create_secret(Name=name, SecretString=key)
    provider = AwsSecretsManagerTokenProvider(name, region_name=REGION, endpoint_url=moto_url)
    assert logging.getLogger().isEnabledFor(logging.DEBUG)
    await provider.get_token()
    assert any("redacted a Secrets Manager message" in line for line in leak_scan)
