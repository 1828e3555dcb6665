"""WebhookLogsExport: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class WebhookLogsExport(Model):
    """WebhookLogsExport

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (("url", "url", "str"),)
    url: str | None | Unset = UNSET
