"""CreateSalesOrderDtoCustomFieldsType0: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreateSalesOrderDtoCustomFieldsType0(Model):
    """CreateSalesOrderDtoCustomFieldsType0

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = ()
