"""ManufacturingOrderOperationRowAssignedOperator: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ManufacturingOrderOperationRowAssignedOperator(Model):
    """ManufacturingOrderOperationRowAssignedOperator

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("deleted_at", "deleted_at", "datetime"),
        ("name", "name", "str"),
        ("operator_id", "operator_id", "int"),
    )
    deleted_at: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    operator_id: int | None | Unset = UNSET
