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
_new = object.__new__


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
        # Filled slot by slot rather than through `cls(...)`: the attrs `__init__` costs a
        # keyword-argument call per object, a third of the time of reading a page. `obj`
        # is typed Any because a value no reader could convert is kept as it came.
        result: Self = _new(cls)
        obj: Any = result
        get = src_dict.get
        _v = get("created_at_max", UNSET)
        obj.created_at_max = to_date(_v) if _v.__class__ is str else _v
        _v = get("created_at_min", UNSET)
        obj.created_at_min = to_date(_v) if _v.__class__ is str else _v
        _v = get("delivered", UNSET)
        obj.delivered = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("event", UNSET)
        obj.event = to_enum(WebhookLogsExportDtoEvent, _v)
        _v = get("status_code", UNSET)
        obj.status_code = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("webhook_id", UNSET)
        obj.webhook_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        obj.additional_properties = (
            {}
            if _KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return result

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
