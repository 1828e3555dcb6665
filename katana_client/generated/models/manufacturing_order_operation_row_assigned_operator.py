"""ManufacturingOrderOperationRowAssignedOperator: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ManufacturingOrderOperationRowAssignedOperator(Model):
    """ManufacturingOrderOperationRowAssignedOperator

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("deleted_at", "deleted_at", "datetime"),
        ("name", "name", "str"),
        ("operator_id", "operator_id", "int"),
    )
    deleted_at: datetime.datetime | None = None
    name: str | None = None
    operator_id: int | None = None
