"""ValidationErrorDetail: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ValidationErrorDetail(Model):
    """ValidationErrorDetail

    One failed validation rule of a 422 response.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("path", "path", "str"),
        ("code", "code", "str"),
        ("message", "message", "str"),
        ("info", "info", "model:ValidationErrorDetailInfoType0"),
    )
    path: str | None | Unset = UNSET
    code: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    info: ValidationErrorDetailInfoType0 | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .validation_error_detail_info_type_0 import ValidationErrorDetailInfoType0
