"""ErrorResponse: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ErrorResponse(Model):
    """ErrorResponse

    Katana's error body for 401, 404, 429 and 500 responses.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("statusCode", "status_code", "int"),
        ("name", "name", "str"),
        ("message", "message", "str"),
    )
    status_code: int | None = None
    name: str | None = None
    message: str | None = None
