"""Webhook: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Webhook(Model):
    """Webhook

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("created_at", "created_at", "datetime"),
        ("description", "description", "str"),
        ("enabled", "enabled", "bool"),
        ("subscribed_events", "subscribed_events", "list[enum:WebhookSubscribedEventsType0Item]"),
        ("token", "token", "str"),
        ("updated_at", "updated_at", "datetime"),
        ("url", "url", "str"),
    )
    id: int
    created_at: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    subscribed_events: list[WebhookSubscribedEventsType0Item] | None | Unset = UNSET
    token: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    url: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .webhook_subscribed_events_type_0_item import WebhookSubscribedEventsType0Item
