"""ProductOperationRowRankDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class ProductOperationRowRankDto(Model):
    """ProductOperationRowRankDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("rank_product_operation_id", "rank_product_operation_id", "int"),
        ("preceding_product_operation_id", "preceding_product_operation_id", "int"),
        ("should_group", "should_group", "bool"),
    )
    rank_product_operation_id: int
    preceding_product_operation_id: int | Unset = UNSET
    should_group: bool | Unset = UNSET
