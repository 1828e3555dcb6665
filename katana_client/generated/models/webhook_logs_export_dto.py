"""WebhookLogsExportDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class WebhookLogsExportDto(Model):
    """WebhookLogsExportDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("created_at_max", "created_at_max", "date"),
        ("created_at_min", "created_at_min", "date"),
        ("delivered", "delivered", "bool"),
        ("event", "event", "enum:WebhookLogsExportDtoEvent"),
        ("status_code", "status_code", "int"),
        ("webhook_id", "webhook_id", "int"),
    )
    created_at_max: datetime.date | Unset = UNSET
    created_at_min: datetime.date | Unset = UNSET
    delivered: bool | Unset = UNSET
    event: WebhookLogsExportDtoEvent | Unset = UNSET
    status_code: int | Unset = UNSET
    webhook_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .webhook_logs_export_dto_event import WebhookLogsExportDtoEvent
