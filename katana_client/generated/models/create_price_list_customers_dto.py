"""CreatePriceListCustomersDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreatePriceListCustomersDto(Model):
    """CreatePriceListCustomersDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("price_list_customers", "price_list_customers", "list[model:CreatePriceListCustomerDto]"),
        ("price_list_id", "price_list_id", "int"),
    )
    price_list_customers: list[CreatePriceListCustomerDto]
    price_list_id: int


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_price_list_customer_dto import CreatePriceListCustomerDto
