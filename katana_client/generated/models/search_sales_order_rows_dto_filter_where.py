"""SearchSalesOrderRowsDtoFilterWhere: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SearchSalesOrderRowsDtoFilterWhere(Model):
    """SearchSalesOrderRowsDtoFilterWhere

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("and", "and_", "list[model:SearchSalesOrderRowsDtoFilterWhereAndItem]"),
        ("created_at", "created_at", "any"),
        ("currency", "currency", "any"),
        ("custom_fields", "custom_fields", "any"),
        ("delivery_date", "delivery_date", "any"),
        ("id", "id", "any"),
        ("location_id", "location_id", "any"),
        ("or", "or_", "list[model:SearchSalesOrderRowsDtoFilterWhereOrItem]"),
        ("price_per_unit", "price_per_unit", "any"),
        ("product_availability", "product_availability", "any"),
        ("quantity", "quantity", "any"),
        ("sales_order_id", "sales_order_id", "any"),
        ("shipping_date", "shipping_date", "any"),
        ("tax_rate", "tax_rate", "any"),
        ("tax_rate_id", "tax_rate_id", "any"),
        ("total_discount", "total_discount", "any"),
        ("updated_at", "updated_at", "any"),
        ("variant_id", "variant_id", "any"),
    )
    and_: list[SearchSalesOrderRowsDtoFilterWhereAndItem] | Unset = UNSET
    created_at: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereCreatedAtType4 | None | Unset
    ) = UNSET
    currency: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereCurrencyType4 | None | Unset
    ) = UNSET
    custom_fields: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereCustomFieldsType4 | None | Unset
    ) = UNSET
    delivery_date: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereDeliveryDateType4 | None | Unset
    ) = UNSET
    id: str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereIdType4 | None | Unset = UNSET
    location_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereLocationIdType4 | None | Unset
    ) = UNSET
    or_: list[SearchSalesOrderRowsDtoFilterWhereOrItem] | Unset = UNSET
    price_per_unit: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWherePricePerUnitType4 | None | Unset
    ) = UNSET
    product_availability: (
        str
        | Decimal
        | bool
        | SearchSalesOrderRowsDtoFilterWhereProductAvailabilityType4
        | None
        | Unset
    ) = UNSET
    quantity: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereQuantityType4 | None | Unset
    ) = UNSET
    sales_order_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereSalesOrderIdType4 | None | Unset
    ) = UNSET
    shipping_date: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereShippingDateType4 | None | Unset
    ) = UNSET
    tax_rate: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereTaxRateType4 | None | Unset
    ) = UNSET
    tax_rate_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereTaxRateIdType4 | None | Unset
    ) = UNSET
    total_discount: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereTotalDiscountType4 | None | Unset
    ) = UNSET
    updated_at: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereUpdatedAtType4 | None | Unset
    ) = UNSET
    variant_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereVariantIdType4 | None | Unset
    ) = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .search_sales_order_rows_dto_filter_where_and_item import (
    SearchSalesOrderRowsDtoFilterWhereAndItem,
)
from .search_sales_order_rows_dto_filter_where_created_at_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereCreatedAtType4,
)
from .search_sales_order_rows_dto_filter_where_currency_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereCurrencyType4,
)
from .search_sales_order_rows_dto_filter_where_custom_fields_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereCustomFieldsType4,
)
from .search_sales_order_rows_dto_filter_where_delivery_date_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereDeliveryDateType4,
)
from .search_sales_order_rows_dto_filter_where_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereIdType4,
)
from .search_sales_order_rows_dto_filter_where_location_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereLocationIdType4,
)
from .search_sales_order_rows_dto_filter_where_or_item import (
    SearchSalesOrderRowsDtoFilterWhereOrItem,
)
from .search_sales_order_rows_dto_filter_where_price_per_unit_type_4 import (
    SearchSalesOrderRowsDtoFilterWherePricePerUnitType4,
)
from .search_sales_order_rows_dto_filter_where_product_availability_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereProductAvailabilityType4,
)
from .search_sales_order_rows_dto_filter_where_quantity_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereQuantityType4,
)
from .search_sales_order_rows_dto_filter_where_sales_order_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereSalesOrderIdType4,
)
from .search_sales_order_rows_dto_filter_where_shipping_date_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereShippingDateType4,
)
from .search_sales_order_rows_dto_filter_where_tax_rate_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereTaxRateIdType4,
)
from .search_sales_order_rows_dto_filter_where_tax_rate_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereTaxRateType4,
)
from .search_sales_order_rows_dto_filter_where_total_discount_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereTotalDiscountType4,
)
from .search_sales_order_rows_dto_filter_where_updated_at_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereUpdatedAtType4,
)
from .search_sales_order_rows_dto_filter_where_variant_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereVariantIdType4,
)
