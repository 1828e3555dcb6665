"""Webhook: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

import attrs
from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Webhook(Model):
    """Webhook

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    created_at: datetime.datetime | None = None
    description: str | None = None
    enabled: bool | None = None
    subscribed_events: list[WebhookSubscribedEventsType0Item] | None = None
    token: str | None = attrs.field(default=None, repr=False)
    updated_at: datetime.datetime | None = None
    url: str | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .webhook_subscribed_events_type_0_item import WebhookSubscribedEventsType0Item
