"""UpdateWebhookDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateWebhookDto(Model):
    """UpdateWebhookDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("description", "description", "str"),
        ("enabled", "enabled", "bool"),
        (
            "subscribed_events",
            "subscribed_events",
            "list[enum:UpdateWebhookDtoSubscribedEventsItem]",
        ),
        ("url", "url", "str"),
    )
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    subscribed_events: list[UpdateWebhookDtoSubscribedEventsItem] | Unset = UNSET
    url: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_webhook_dto_subscribed_events_item import UpdateWebhookDtoSubscribedEventsItem
