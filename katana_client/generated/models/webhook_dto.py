"""WebhookDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class WebhookDto(Model):
    """WebhookDto

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    id: int | Unset = UNSET
    subscribed_events: list[WebhookDtoSubscribedEventsItem] | Unset = UNSET
    token: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    url: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .webhook_dto_subscribed_events_item import WebhookDtoSubscribedEventsItem
