"""WebhookLogsExportDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_bool,
    to_date,
    to_enum,
    to_int,
    to_json_value,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "created_at_max",
        "created_at_min",
        "delivered",
        "event",
        "status_code",
        "webhook_id",
    }
)


@define(kw_only=True)
class WebhookLogsExportDto:
    """WebhookLogsExportDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    created_at_max: datetime.date | Unset = UNSET
    created_at_min: datetime.date | Unset = UNSET
    delivered: bool | Unset = UNSET
    event: WebhookLogsExportDtoEvent | Unset = UNSET
    status_code: int | Unset = UNSET
    webhook_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.created_at_max is not UNSET:
            field_dict["created_at_max"] = to_json_value(self.created_at_max)
        if self.created_at_min is not UNSET:
            field_dict["created_at_min"] = to_json_value(self.created_at_min)
        if self.delivered is not UNSET:
            field_dict["delivered"] = self.delivered
        if self.event is not UNSET:
            field_dict["event"] = to_json_value(self.event)
        if self.status_code is not UNSET:
            field_dict["status_code"] = self.status_code
        if self.webhook_id is not UNSET:
            field_dict["webhook_id"] = self.webhook_id
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        get = src_dict.get
        obj = cls(
            created_at_max=to_date(get("created_at_max", UNSET)),
            created_at_min=to_date(get("created_at_min", UNSET)),
            delivered=to_bool(get("delivered", UNSET)),
            event=to_enum(WebhookLogsExportDtoEvent, get("event", UNSET)),
            status_code=to_int(get("status_code", UNSET)),
            webhook_id=to_int(get("webhook_id", UNSET)),
        )
        if not _KEYS.issuperset(src_dict):
            obj.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KEYS
            }
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """The unknown JSON keys kept from `from_dict` or set with `model[key] = value`."""
        return list(self.additional_properties)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .webhook_logs_export_dto_event import WebhookLogsExportDtoEvent
