"""ValidationErrorDetailInfoType0: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ValidationErrorDetailInfoType0(Model):
    """ValidationErrorDetailInfoType0

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = ()
