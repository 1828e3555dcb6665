"""ValidationErrorDetail: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ValidationErrorDetail(Model):
    """ValidationErrorDetail

    One failed validation rule of a 422 response.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("path", "path", "str"),
        ("code", "code", "str"),
        ("message", "message", "str"),
        ("info", "info", "model:ValidationErrorDetailInfoType0"),
    )
    path: str | None = None
    code: str | None = None
    message: str | None = None
    info: ValidationErrorDetailInfoType0 | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .validation_error_detail_info_type_0 import ValidationErrorDetailInfoType0
