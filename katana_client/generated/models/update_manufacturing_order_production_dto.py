"""UpdateManufacturingOrderProductionDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class UpdateManufacturingOrderProductionDto(Model):
    """UpdateManufacturingOrderProductionDto

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (("production_date", "production_date", "date"),)
    production_date: datetime.date | Unset = UNSET
