"""SearchSalesOrdersDtoFilterWhere: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SearchSalesOrdersDtoFilterWhere(Model):
    """SearchSalesOrdersDtoFilterWhere

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("and", "and_", "list[model:SearchSalesOrdersDtoFilterWhereAndItem]"),
        ("created_at", "created_at", "any"),
        ("currency", "currency", "any"),
        ("custom_fields", "custom_fields", "any"),
        ("customer_id", "customer_id", "any"),
        ("customer_ref", "customer_ref", "any"),
        ("delivery_date", "delivery_date", "any"),
        ("ecommerce_order_id", "ecommerce_order_id", "any"),
        ("ecommerce_order_type", "ecommerce_order_type", "any"),
        ("ecommerce_store_name", "ecommerce_store_name", "any"),
        ("id", "id", "any"),
        ("ingredient_availability", "ingredient_availability", "any"),
        ("invoicing_status", "invoicing_status", "any"),
        ("location_id", "location_id", "any"),
        ("or", "or_", "list[model:SearchSalesOrdersDtoFilterWhereOrItem]"),
        ("order_created_date", "order_created_date", "any"),
        ("order_no", "order_no", "any"),
        ("picked_date", "picked_date", "any"),
        ("product_availability", "product_availability", "any"),
        ("production_status", "production_status", "any"),
        ("source", "source", "any"),
        ("status", "status", "any"),
        ("tracking_number", "tracking_number", "any"),
        ("updated_at", "updated_at", "any"),
    )
    and_: list[SearchSalesOrdersDtoFilterWhereAndItem] | Unset = UNSET
    created_at: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCreatedAtType4 | None | Unset
    ) = UNSET
    currency: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCurrencyType4 | None | Unset = (
        UNSET
    )
    custom_fields: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCustomFieldsType4 | None | Unset
    ) = UNSET
    customer_id: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCustomerIdType4 | None | Unset
    ) = UNSET
    customer_ref: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCustomerRefType4 | None | Unset
    ) = UNSET
    delivery_date: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereDeliveryDateType4 | None | Unset
    ) = UNSET
    ecommerce_order_id: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereEcommerceOrderIdType4 | None | Unset
    ) = UNSET
    ecommerce_order_type: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereEcommerceOrderTypeType4 | None | Unset
    ) = UNSET
    ecommerce_store_name: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereEcommerceStoreNameType4 | None | Unset
    ) = UNSET
    id: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereIdType4 | None | Unset = UNSET
    ingredient_availability: (
        str
        | Decimal
        | bool
        | SearchSalesOrdersDtoFilterWhereIngredientAvailabilityType4
        | None
        | Unset
    ) = UNSET
    invoicing_status: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereInvoicingStatusType4 | None | Unset
    ) = UNSET
    location_id: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereLocationIdType4 | None | Unset
    ) = UNSET
    or_: list[SearchSalesOrdersDtoFilterWhereOrItem] | Unset = UNSET
    order_created_date: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereOrderCreatedDateType4 | None | Unset
    ) = UNSET
    order_no: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereOrderNoType4 | None | Unset = (
        UNSET
    )
    picked_date: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWherePickedDateType4 | None | Unset
    ) = UNSET
    product_availability: (
        str
        | Decimal
        | bool
        | SearchSalesOrdersDtoFilterWhereProductAvailabilityType4
        | None
        | Unset
    ) = UNSET
    production_status: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereProductionStatusType4 | None | Unset
    ) = UNSET
    source: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereSourceType4 | None | Unset = UNSET
    status: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereStatusType4 | None | Unset = UNSET
    tracking_number: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereTrackingNumberType4 | None | Unset
    ) = UNSET
    updated_at: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereUpdatedAtType4 | None | Unset
    ) = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .search_sales_orders_dto_filter_where_and_item import SearchSalesOrdersDtoFilterWhereAndItem
from .search_sales_orders_dto_filter_where_created_at_type_4 import (
    SearchSalesOrdersDtoFilterWhereCreatedAtType4,
)
from .search_sales_orders_dto_filter_where_currency_type_4 import (
    SearchSalesOrdersDtoFilterWhereCurrencyType4,
)
from .search_sales_orders_dto_filter_where_custom_fields_type_4 import (
    SearchSalesOrdersDtoFilterWhereCustomFieldsType4,
)
from .search_sales_orders_dto_filter_where_customer_id_type_4 import (
    SearchSalesOrdersDtoFilterWhereCustomerIdType4,
)
from .search_sales_orders_dto_filter_where_customer_ref_type_4 import (
    SearchSalesOrdersDtoFilterWhereCustomerRefType4,
)
from .search_sales_orders_dto_filter_where_delivery_date_type_4 import (
    SearchSalesOrdersDtoFilterWhereDeliveryDateType4,
)
from .search_sales_orders_dto_filter_where_ecommerce_order_id_type_4 import (
    SearchSalesOrdersDtoFilterWhereEcommerceOrderIdType4,
)
from .search_sales_orders_dto_filter_where_ecommerce_order_type_type_4 import (
    SearchSalesOrdersDtoFilterWhereEcommerceOrderTypeType4,
)
from .search_sales_orders_dto_filter_where_ecommerce_store_name_type_4 import (
    SearchSalesOrdersDtoFilterWhereEcommerceStoreNameType4,
)
from .search_sales_orders_dto_filter_where_id_type_4 import SearchSalesOrdersDtoFilterWhereIdType4
from .search_sales_orders_dto_filter_where_ingredient_availability_type_4 import (
    SearchSalesOrdersDtoFilterWhereIngredientAvailabilityType4,
)
from .search_sales_orders_dto_filter_where_invoicing_status_type_4 import (
    SearchSalesOrdersDtoFilterWhereInvoicingStatusType4,
)
from .search_sales_orders_dto_filter_where_location_id_type_4 import (
    SearchSalesOrdersDtoFilterWhereLocationIdType4,
)
from .search_sales_orders_dto_filter_where_or_item import SearchSalesOrdersDtoFilterWhereOrItem
from .search_sales_orders_dto_filter_where_order_created_date_type_4 import (
    SearchSalesOrdersDtoFilterWhereOrderCreatedDateType4,
)
from .search_sales_orders_dto_filter_where_order_no_type_4 import (
    SearchSalesOrdersDtoFilterWhereOrderNoType4,
)
from .search_sales_orders_dto_filter_where_picked_date_type_4 import (
    SearchSalesOrdersDtoFilterWherePickedDateType4,
)
from .search_sales_orders_dto_filter_where_product_availability_type_4 import (
    SearchSalesOrdersDtoFilterWhereProductAvailabilityType4,
)
from .search_sales_orders_dto_filter_where_production_status_type_4 import (
    SearchSalesOrdersDtoFilterWhereProductionStatusType4,
)
from .search_sales_orders_dto_filter_where_source_type_4 import (
    SearchSalesOrdersDtoFilterWhereSourceType4,
)
from .search_sales_orders_dto_filter_where_status_type_4 import (
    SearchSalesOrdersDtoFilterWhereStatusType4,
)
from .search_sales_orders_dto_filter_where_tracking_number_type_4 import (
    SearchSalesOrdersDtoFilterWhereTrackingNumberType4,
)
from .search_sales_orders_dto_filter_where_updated_at_type_4 import (
    SearchSalesOrdersDtoFilterWhereUpdatedAtType4,
)
