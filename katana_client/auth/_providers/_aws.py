"""`AwsSecretsManagerTokenProvider`: the key from AWS Secrets Manager (extra `[aws]`)."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

from ..._errors import KatanaTokenNotFoundError, KatanaTokenProviderError
from .._read import INVALID, parse_json
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._optional import require
from ._validate import to_token

# botocore logs every response body at DEBUG, GetSecretValue's SecretString included; an
# application that turns on DEBUG logging would write the key to its logs. These are
# the loggers that print bodies; the filter blanks records that carry a secret value.
_BOTOCORE_BODY_LOGGERS = ("botocore.parsers", "botocore.endpoint", "botocore.awsrequest")
_SECRET_FIELDS = ("SecretString", "SecretBinary")
_filter_lock = threading.Lock()
_filter_installed = False


class _SecretsManagerBodyFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to break
            return True
        if any(field in message for field in _SECRET_FIELDS):
            record.msg = "[katana_client redacted a Secrets Manager message with a secret value]"
            record.args = None
        return True


def _install_log_filter() -> None:
    global _filter_installed
    with _filter_lock:
        if not _filter_installed:
            for name in _BOTOCORE_BODY_LOGGERS:
                logging.getLogger(name).addFilter(_SecretsManagerBodyFilter())
            _filter_installed = True


class AwsSecretsManagerTokenProvider(CachingTokenProvider):
    """Read the key from an AWS Secrets Manager secret, through boto3.

    The secret is either the bare key (a plaintext secret) or a JSON object with the key
    under `json_key`. AWS credentials and region come from boto3's usual chain
    (environment, shared config, instance or task role). To rotate, put a new secret
    value: it is picked up after `ttl` seconds, or at once after Katana rejects the old
    key with 401.

    Args:
        secret_id: The secret's name or ARN.
        json_key: When the secret is a JSON object, the field that holds the key.
        version_stage: The staging label to read.
        region_name: AWS region; defaults to boto3's configuration.
        endpoint_url: A different endpoint (VPC endpoint, LocalStack, moto).
        client: A ready boto3 `secretsmanager` client; the other connection arguments
            are then ignored.
        ttl: Seconds to keep the key before reading the secret again.
    """

    def __init__(
        self,
        secret_id: str,
        *,
        json_key: str | None = None,
        version_stage: str = "AWSCURRENT",
        region_name: str | None = None,
        endpoint_url: str | None = None,
        client: Any = None,
        ttl: float | None = 300.0,
    ) -> None:
        """Read the key from the secret `secret_id`."""
        if client is None:
            require("boto3", extra="aws", feature="AwsSecretsManagerTokenProvider")
        super().__init__(ttl=ttl)
        _install_log_filter()
        self.secret_id = secret_id
        self.json_key = json_key
        self.version_stage = version_stage
        self._region_name = region_name
        self._endpoint_url = endpoint_url
        self._client = client
        self._client_lock = threading.Lock()

    @property
    def source(self) -> str:
        """E.g. "AWS Secrets Manager secret 'prod/katana'"."""
        field = f" (JSON field {self.json_key!r})" if self.json_key else ""
        return f"AWS Secrets Manager secret {self.secret_id!r}{field}"

    async def fetch(self) -> Secret:
        """Read the secret now (in a worker thread: boto3 blocks)."""
        return await asyncio.to_thread(self._fetch_sync)

    def _boto_client(self) -> Any:
        with self._client_lock:
            if self._client is None:
                import boto3  # noqa: PLC0415  (optional dependency, imported on use)

                session = boto3.session.Session()
                self._client = session.client(
                    "secretsmanager",
                    region_name=self._region_name,
                    endpoint_url=self._endpoint_url,
                )
            return self._client

    def _fetch_sync(self) -> Secret:
        from botocore.exceptions import BotoCoreError, ClientError  # noqa: PLC0415

        try:
            response = self._boto_client().get_secret_value(
                SecretId=self.secret_id, VersionStage=self.version_stage
            )
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code == "ResourceNotFoundException":
                raise KatanaTokenNotFoundError(
                    source=self.source,
                    reason="no such secret (or no value at stage " + self.version_stage + ")",
                    hint="Create it with: aws secretsmanager create-secret --name "
                    f"{self.secret_id} --secret-string <your key>",
                ) from None
            raise KatanaTokenProviderError(
                f"AWS refused to read {self.source}: {code or type(exc).__name__}. "
                "Check the IAM permission secretsmanager:GetSecretValue, the region and "
                "the KMS key policy.",
                source=self.source,
            ) from None
        except BotoCoreError as exc:
            # botocore's messages name endpoints and missing settings, never values.
            raise KatanaTokenProviderError(
                f"Cannot read {self.source}: {exc}", source=self.source
            ) from None
        except (TypeError, ValueError) as exc:  # botocore could not parse the answer
            raise KatanaTokenProviderError(
                f"AWS's answer to reading {self.source} could not be read "
                f"({type(exc).__name__}); check the endpoint.",
                source=self.source,
            ) from None
        # An endpoint (a proxy, a local stand-in) may answer with anything: read only
        # the shape GetSecretValue has, and never keep the answer in a failing frame.
        text = response.get("SecretString") if isinstance(response, dict) else None
        if text is None and isinstance(response, dict):
            binary = response.get("SecretBinary") or b""
            if isinstance(binary, bytes | bytearray):
                text = binary.decode("utf-8", errors="replace")
        del response
        if not isinstance(text, str):
            raise KatanaTokenProviderError(
                f"AWS answered reading {self.source} with no SecretString or SecretBinary "
                "text; check the endpoint and the secret's value.",
                source=self.source,
            )
        return self._pick(text)

    def _pick(self, text: str) -> Secret:
        hint = "Store the key as the secret's value."
        if self.json_key is None:
            return to_token(text, source=self.source, hint=hint)
        document = parse_json(text)
        if document is INVALID:
            raise KatanaTokenProviderError(
                f"{self.source} is not a JSON object, but json_key was given.",
                source=self.source,
            )
        value = document.get(self.json_key) if isinstance(document, dict) else None
        if not isinstance(value, str):
            raise KatanaTokenNotFoundError(
                source=self.source,
                reason=f"the JSON object has no string field {self.json_key!r}",
                hint=f"Add the key under {self.json_key!r}.",
            )
        return to_token(value, source=self.source, hint=hint)
