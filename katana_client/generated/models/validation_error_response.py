"""ValidationErrorResponse: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ValidationErrorResponse(Model):
    """ValidationErrorResponse

    Katana's 422 body. Integrators report it sometimes nested under an `error` key.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("statusCode", "status_code", "int"),
        ("name", "name", "str"),
        ("message", "message", "str"),
        ("code", "code", "str"),
        ("details", "details", "list[model:ValidationErrorDetail]"),
        ("error", "error", "model:ValidationErrorResponse"),
    )
    status_code: int | None = None
    name: str | None = None
    message: str | None = None
    code: str | None = None
    details: list[ValidationErrorDetail] | None = None
    error: ValidationErrorResponse | None = None
    """Katana's 422 body. Integrators report it sometimes nested under an `error` key."""


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .validation_error_detail import ValidationErrorDetail
