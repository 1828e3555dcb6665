"""ErrorResponse: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ErrorResponse(Model):
    """ErrorResponse

    Katana's error body for 401, 404, 429 and 500 responses.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("statusCode", "status_code", "int"),
        ("name", "name", "str"),
        ("message", "message", "str"),
    )
    status_code: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
