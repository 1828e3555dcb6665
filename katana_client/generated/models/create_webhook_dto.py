"""CreateWebhookDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateWebhookDto(Model):
    """CreateWebhookDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        (
            "subscribed_events",
            "subscribed_events",
            "list[enum:CreateWebhookDtoSubscribedEventsItem]",
        ),
        ("url", "url", "str"),
        ("description", "description", "str"),
        ("enabled", "enabled", "bool"),
    )
    subscribed_events: list[CreateWebhookDtoSubscribedEventsItem]
    url: str
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_webhook_dto_subscribed_events_item import CreateWebhookDtoSubscribedEventsItem
