"""ValidationErrorResponse: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ValidationErrorResponse(Model):
    """ValidationErrorResponse

    Katana's 422 body. Integrators report it sometimes nested under an `error` key.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("statusCode", "status_code", "int"),
        ("name", "name", "str"),
        ("message", "message", "str"),
        ("code", "code", "str"),
        ("details", "details", "list[model:ValidationErrorDetail]"),
        ("error", "error", "model:ValidationErrorResponse"),
    )
    status_code: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    code: str | None | Unset = UNSET
    details: list[ValidationErrorDetail] | None | Unset = UNSET
    error: ValidationErrorResponse | Unset = UNSET
    """Katana's 422 body. Integrators report it sometimes nested under an `error` key."""


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .validation_error_detail import ValidationErrorDetail
