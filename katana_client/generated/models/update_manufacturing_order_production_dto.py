"""UpdateManufacturingOrderProductionDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateManufacturingOrderProductionDto(Model):
    """UpdateManufacturingOrderProductionDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (("production_date", "production_date", "date"),)
    production_date: datetime.date | Unset = UNSET
