"""SalesOrderRowSerialNumberTransaction: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SalesOrderRowSerialNumberTransaction(Model):
    """SalesOrderRowSerialNumberTransaction

    One serial number of a sales order row (reported live; the shape of the portal's
    updateSalesOrderRow body).

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("serial_number_id", "serial_number_id", "int"),
        ("quantity", "quantity", "decimal"),
    )
    serial_number_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
