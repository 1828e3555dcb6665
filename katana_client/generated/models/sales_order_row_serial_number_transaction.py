"""SalesOrderRowSerialNumberTransaction: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderRowSerialNumberTransaction(Model):
    """SalesOrderRowSerialNumberTransaction

    One serial number of a sales order row (reported live; the shape of the portal's
    updateSalesOrderRow body).

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("serial_number_id", "serial_number_id", "int"),
        ("quantity", "quantity", "decimal"),
    )
    serial_number_id: int | None = None
    quantity: Decimal | None = None
