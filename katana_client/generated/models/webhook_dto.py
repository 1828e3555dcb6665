"""WebhookDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import attrs
from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class WebhookDto(Model):
    """WebhookDto

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("created_at", "created_at", "str"),
        ("description", "description", "str"),
        ("enabled", "enabled", "bool"),
        ("id", "id", "int"),
        ("subscribed_events", "subscribed_events", "list[enum:WebhookDtoSubscribedEventsItem]"),
        ("token", "token", "str"),
        ("updated_at", "updated_at", "str"),
        ("url", "url", "str"),
    )
    created_at: str | None = None
    description: str | None = None
    enabled: bool | None = None
    id: int | None = None
    subscribed_events: list[WebhookDtoSubscribedEventsItem] | None = None
    token: str | None = attrs.field(default=None, repr=False)
    updated_at: str | None = None
    url: str | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .webhook_dto_subscribed_events_item import WebhookDtoSubscribedEventsItem
