"""SerialNumbersResult: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SerialNumbersResult(Model):
    """SerialNumbersResult

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("failed", "failed", "list[model:SerialNumberFailure]"),
        ("successful", "successful", "list[model:SerialNumber]"),
    )
    failed: list[SerialNumberFailure] | None = None
    successful: list[SerialNumber] | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .serial_number import SerialNumber
from .serial_number_failure import SerialNumberFailure
