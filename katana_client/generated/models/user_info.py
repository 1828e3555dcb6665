"""UserInfo: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class UserInfo(Model):
    """UserInfo

    The user the API key belongs to. Katana documents no fields for it; whatever the API
    sends is kept in `additional_properties`.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = ()
