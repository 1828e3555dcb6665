"""CreateMakeToOrderManufacturingOrderDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateMakeToOrderManufacturingOrderDto(Model):
    """CreateMakeToOrderManufacturingOrderDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("sales_order_row_id", "sales_order_row_id", "int"),
        ("create_subassemblies", "create_subassemblies", "bool"),
    )
    sales_order_row_id: int
    create_subassemblies: bool | Unset = UNSET
