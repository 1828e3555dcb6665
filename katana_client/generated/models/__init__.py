"""The models and enums of the Katana API (generated; do not edit).

Names are imported on first use (PEP 562 `__getattr__`), so `import
katana_client.generated.models` stays cheap however many models there are, while
`from katana_client.generated.models import Product` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_serial_numbers_to_entity_dto import AddSerialNumbersToEntityDto
    from .add_serial_numbers_to_entity_dto_resource_type import (
        AddSerialNumbersToEntityDtoResourceType,
    )
    from .add_shipping_fee_dto import AddShippingFeeDto
    from .additional_cost import AdditionalCost
    from .additional_cost_list import AdditionalCostList
    from .address_within_sales_order_create_dto import AddressWithinSalesOrderCreateDto
    from .address_within_sales_order_create_dto_entity_type import (
        AddressWithinSalesOrderCreateDtoEntityType,
    )
    from .batch import Batch
    from .batch_stock import BatchStock
    from .batch_stock_list import BatchStockList
    from .bin_inventory import BinInventory
    from .bin_inventory_list import BinInventoryList
    from .bin_location import BinLocation
    from .bin_location_create_dto import BinLocationCreateDto
    from .bin_location_list import BinLocationList
    from .bin_location_update_dto import BinLocationUpdateDto
    from .bin_transfer import BinTransfer
    from .bin_transfer_list import BinTransferList
    from .bin_transfer_row import BinTransferRow
    from .bin_transfer_row_list import BinTransferRowList
    from .bin_transfer_row_traceability import BinTransferRowTraceability
    from .bin_transfer_status import BinTransferStatus
    from .bom_row import BomRow
    from .bom_row_create_dto import BomRowCreateDto
    from .bom_row_list import BomRowList
    from .bom_row_update_dto import BomRowUpdateDto
    from .complete_partially_batch_dto import CompletePartiallyBatchDto
    from .complete_partially_mo_dto import CompletePartiallyMoDto
    from .config_attribute_dto import ConfigAttributeDto
    from .create_batch_dto import CreateBatchDto
    from .create_batch_transaction_dto import CreateBatchTransactionDto
    from .create_batch_transaction_for_manufacturing_order_dto import (
        CreateBatchTransactionForManufacturingOrderDto,
    )
    from .create_batch_transaction_v2_dto import CreateBatchTransactionV2Dto
    from .create_bin_transfer_dto import CreateBinTransferDto
    from .create_bin_transfer_row_dto import CreateBinTransferRowDto
    from .create_bom_rows_batch_dto import CreateBomRowsBatchDto
    from .create_custom_field_definition_dto import CreateCustomFieldDefinitionDto
    from .create_custom_field_definition_dto_options_type_0 import (
        CreateCustomFieldDefinitionDtoOptionsType0,
    )
    from .create_customer_dto import CreateCustomerDto
    from .create_inventory_reorder_point_body import CreateInventoryReorderPointBody
    from .create_inventory_safety_stock_level_body import CreateInventorySafetyStockLevelBody
    from .create_make_to_order_manufacturing_order_dto import CreateMakeToOrderManufacturingOrderDto
    from .create_manufacturing_order_dto import CreateManufacturingOrderDto
    from .create_manufacturing_order_dto_status import CreateManufacturingOrderDtoStatus
    from .create_manufacturing_order_operation_row_dto import (
        CreateManufacturingOrderOperationRowDto,
    )
    from .create_manufacturing_order_operation_row_dto_status import (
        CreateManufacturingOrderOperationRowDtoStatus,
    )
    from .create_manufacturing_order_operation_row_dto_type import (
        CreateManufacturingOrderOperationRowDtoType,
    )
    from .create_manufacturing_order_recipe_row_dto import CreateManufacturingOrderRecipeRowDto
    from .create_material_config_dto import CreateMaterialConfigDto
    from .create_material_dto import CreateMaterialDto
    from .create_material_variant_dto import CreateMaterialVariantDto
    from .create_nested_bin_transfer_row_dto import CreateNestedBinTransferRowDto
    from .create_operator_dto import CreateOperatorDto
    from .create_po_additional_cost_row_dto import CreatePoAdditionalCostRowDto
    from .create_po_additional_cost_row_dto_distribution_method import (
        CreatePoAdditionalCostRowDtoDistributionMethod,
    )
    from .create_price_list_customer_dto import CreatePriceListCustomerDto
    from .create_price_list_customers_dto import CreatePriceListCustomersDto
    from .create_price_list_row_dto import CreatePriceListRowDto
    from .create_price_list_row_dto_adjustment_method import CreatePriceListRowDtoAdjustmentMethod
    from .create_price_list_rows_dto import CreatePriceListRowsDto
    from .create_product_dto import CreateProductDto
    from .create_product_variant_dto import CreateProductVariantDto
    from .create_purchase_order_dto import CreatePurchaseOrderDto
    from .create_purchase_order_dto_entity_type import CreatePurchaseOrderDtoEntityType
    from .create_purchase_order_dto_status import CreatePurchaseOrderDtoStatus
    from .create_purchase_order_recipe_row_dto import CreatePurchaseOrderRecipeRowDto
    from .create_purchase_order_row_dto import CreatePurchaseOrderRowDto
    from .create_purchase_order_row_with_purchase_order_id_dto import (
        CreatePurchaseOrderRowWithPurchaseOrderIdDto,
    )
    from .create_sales_order_address_dto import CreateSalesOrderAddressDto
    from .create_sales_order_address_dto_entity_type import CreateSalesOrderAddressDtoEntityType
    from .create_sales_order_dto import CreateSalesOrderDto
    from .create_sales_order_dto_custom_fields_type_0 import CreateSalesOrderDtoCustomFieldsType0
    from .create_sales_order_dto_status import CreateSalesOrderDtoStatus
    from .create_sales_order_fulfillment_dto import CreateSalesOrderFulfillmentDto
    from .create_sales_order_fulfillment_dto_status import CreateSalesOrderFulfillmentDtoStatus
    from .create_sales_order_fulfillment_row_dto import CreateSalesOrderFulfillmentRowDto
    from .create_sales_order_row_attribute_dto import CreateSalesOrderRowAttributeDto
    from .create_sales_order_row_dto import CreateSalesOrderRowDto
    from .create_sales_order_row_dto_custom_fields_type_0 import (
        CreateSalesOrderRowDtoCustomFieldsType0,
    )
    from .create_sales_order_row_with_sales_order_id_dto import (
        CreateSalesOrderRowWithSalesOrderIdDto,
    )
    from .create_sales_order_row_with_sales_order_id_dto_custom_fields_type_0 import (
        CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0,
    )
    from .create_sales_return_dto import CreateSalesReturnDto
    from .create_service_dto import CreateServiceDto
    from .create_service_variant_dto import CreateServiceVariantDto
    from .create_stock_adjustment_dto import CreateStockAdjustmentDto
    from .create_stock_adjustment_row_dto import CreateStockAdjustmentRowDto
    from .create_stock_transfer_dto import CreateStockTransferDto
    from .create_stock_transfer_row_dto import CreateStockTransferRowDto
    from .create_stock_transfer_row_dto_batch_transactions_item import (
        CreateStockTransferRowDtoBatchTransactionsItem,
    )
    from .create_stocktake_dto import CreateStocktakeDto
    from .create_stocktake_row_dto import CreateStocktakeRowDto
    from .create_stocktake_rows_dto import CreateStocktakeRowsDto
    from .create_tax_rate_dto import CreateTaxRateDto
    from .create_variant_attributes_dto import CreateVariantAttributesDto
    from .create_variant_dto import CreateVariantDto
    from .create_variant_dto_config_attributes_item import CreateVariantDtoConfigAttributesItem
    from .create_webhook_dto import CreateWebhookDto
    from .create_webhook_dto_subscribed_events_item import CreateWebhookDtoSubscribedEventsItem
    from .custom_field_definition import CustomFieldDefinition
    from .custom_field_definition_list import CustomFieldDefinitionList
    from .custom_field_definition_options import CustomFieldDefinitionOptions
    from .custom_field_definition_options_choice import CustomFieldDefinitionOptionsChoice
    from .custom_field_value_dto import CustomFieldValueDto
    from .custom_fields_collection import CustomFieldsCollection
    from .custom_fields_collection_list import CustomFieldsCollectionList
    from .customer import Customer
    from .customer_address import CustomerAddress
    from .customer_address_create_dto import CustomerAddressCreateDto
    from .customer_address_create_dto_entity_type import CustomerAddressCreateDtoEntityType
    from .customer_address_entity_type import CustomerAddressEntityType
    from .customer_address_in_customer_create_dto import CustomerAddressInCustomerCreateDto
    from .customer_address_in_customer_create_dto_entity_type import (
        CustomerAddressInCustomerCreateDtoEntityType,
    )
    from .customer_address_list import CustomerAddressList
    from .customer_address_update_dto import CustomerAddressUpdateDto
    from .customer_list import CustomerList
    from .customer_update_dto import CustomerUpdateDto
    from .delete_serial_number_dto import DeleteSerialNumberDto
    from .delete_serial_number_dto_resource_type import DeleteSerialNumberDtoResourceType
    from .demand_forecast import DemandForecast
    from .demand_forecast_clear_dto import DemandForecastClearDto
    from .demand_forecast_clear_period import DemandForecastClearPeriod
    from .demand_forecast_period import DemandForecastPeriod
    from .demand_forecast_update_dto import DemandForecastUpdateDto
    from .demand_forecast_update_period import DemandForecastUpdatePeriod
    from .error_response import ErrorResponse
    from .factory import Factory
    from .factory_legal_address import FactoryLegalAddress
    from .find_bin_transfers_status import FindBinTransfersStatus
    from .find_purchase_orders_billing_status import FindPurchaseOrdersBillingStatus
    from .find_purchase_orders_entity_type import FindPurchaseOrdersEntityType
    from .find_purchase_orders_extend_item import FindPurchaseOrdersExtendItem
    from .find_purchase_orders_last_document_status import FindPurchaseOrdersLastDocumentStatus
    from .find_purchase_orders_status import FindPurchaseOrdersStatus
    from .find_stocktakes_status import FindStocktakesStatus
    from .get_all_inventory_movements_resource_type import GetAllInventoryMovementsResourceType
    from .get_all_inventory_point_extend_item import GetAllInventoryPointExtendItem
    from .get_all_manufacturing_order_operation_rows_status import (
        GetAllManufacturingOrderOperationRowsStatus,
    )
    from .get_all_manufacturing_order_recipe_rows_ingredient_availability import (
        GetAllManufacturingOrderRecipeRowsIngredientAvailability,
    )
    from .get_all_manufacturing_orders_status import GetAllManufacturingOrdersStatus
    from .get_all_materials_extend_item import GetAllMaterialsExtendItem
    from .get_all_products_extend_item import GetAllProductsExtendItem
    from .get_all_sales_order_fulfillments_invoice_status import (
        GetAllSalesOrderFulfillmentsInvoiceStatus,
    )
    from .get_all_sales_order_fulfillments_status import GetAllSalesOrderFulfillmentsStatus
    from .get_all_sales_order_rows_extend_item import GetAllSalesOrderRowsExtendItem
    from .get_all_sales_order_rows_product_availability import (
        GetAllSalesOrderRowsProductAvailability,
    )
    from .get_all_sales_orders_ingredient_availability import (
        GetAllSalesOrdersIngredientAvailability,
    )
    from .get_all_sales_orders_product_availability import GetAllSalesOrdersProductAvailability
    from .get_all_sales_orders_production_status import GetAllSalesOrdersProductionStatus
    from .get_all_sales_returns_refund_status import GetAllSalesReturnsRefundStatus
    from .get_all_sales_returns_status import GetAllSalesReturnsStatus
    from .get_all_variants_abc_classification import GetAllVariantsAbcClassification
    from .get_all_variants_extend_item import GetAllVariantsExtendItem
    from .get_all_variants_type import GetAllVariantsType
    from .get_bin_inventory_granularity import GetBinInventoryGranularity
    from .get_material_extend_item import GetMaterialExtendItem
    from .get_operators_working_area import GetOperatorsWorkingArea
    from .get_product_extend_item import GetProductExtendItem
    from .get_purchase_order_additional_cost_rows_distribution_method import (
        GetPurchaseOrderAdditionalCostRowsDistributionMethod,
    )
    from .get_purchase_order_extend_item import GetPurchaseOrderExtendItem
    from .get_serial_numbers_resource_type import GetSerialNumbersResourceType
    from .get_variant_extend_item import GetVariantExtendItem
    from .inventory import Inventory
    from .inventory_list import InventoryList
    from .inventory_movement import InventoryMovement
    from .inventory_movement_list import InventoryMovementList
    from .inventory_movement_resource_type import InventoryMovementResourceType
    from .inventory_reorder_point import InventoryReorderPoint
    from .inventory_safety_stock_level import InventorySafetyStockLevel
    from .item_variant_config_dto import ItemVariantConfigDto
    from .location import Location
    from .location_address import LocationAddress
    from .location_list import LocationList
    from .manufacturing_order import ManufacturingOrder
    from .manufacturing_order_list import ManufacturingOrderList
    from .manufacturing_order_operation_row import ManufacturingOrderOperationRow
    from .manufacturing_order_operation_row_assigned_operator import (
        ManufacturingOrderOperationRowAssignedOperator,
    )
    from .manufacturing_order_operation_row_list import ManufacturingOrderOperationRowList
    from .manufacturing_order_operation_row_status import ManufacturingOrderOperationRowStatus
    from .manufacturing_order_operation_row_type import ManufacturingOrderOperationRowType
    from .manufacturing_order_production import ManufacturingOrderProduction
    from .manufacturing_order_production_ingredient import ManufacturingOrderProductionIngredient
    from .manufacturing_order_production_list import ManufacturingOrderProductionList
    from .manufacturing_order_production_operation import ManufacturingOrderProductionOperation
    from .manufacturing_order_recipe_row import ManufacturingOrderRecipeRow
    from .manufacturing_order_recipe_row_batch_transaction import (
        ManufacturingOrderRecipeRowBatchTransaction,
    )
    from .manufacturing_order_recipe_row_ingredient_availability import (
        ManufacturingOrderRecipeRowIngredientAvailability,
    )
    from .manufacturing_order_recipe_row_list import ManufacturingOrderRecipeRowList
    from .manufacturing_order_status import ManufacturingOrderStatus
    from .material import Material
    from .material_config import MaterialConfig
    from .material_list import MaterialList
    from .material_update_dto import MaterialUpdateDto
    from .negative_stock import NegativeStock
    from .negative_stock_list import NegativeStockList
    from .operator import Operator
    from .outsourced_purchase_order_recipe_row import OutsourcedPurchaseOrderRecipeRow
    from .outsourced_purchase_order_recipe_row_batch_transaction import (
        OutsourcedPurchaseOrderRecipeRowBatchTransaction,
    )
    from .outsourced_purchase_order_recipe_row_list import OutsourcedPurchaseOrderRecipeRowList
    from .patch_price_list_row_dto import PatchPriceListRowDto
    from .patch_price_list_row_dto_adjustment_method import PatchPriceListRowDtoAdjustmentMethod
    from .po_additional_cost_row import PoAdditionalCostRow
    from .po_additional_cost_row_distribution_method import PoAdditionalCostRowDistributionMethod
    from .po_additional_cost_row_list import PoAdditionalCostRowList
    from .price_list import PriceList
    from .price_list_create_dto import PriceListCreateDto
    from .price_list_customer import PriceListCustomer
    from .price_list_customer_list import PriceListCustomerList
    from .price_list_list import PriceListList
    from .price_list_patch_dto import PriceListPatchDto
    from .price_list_row import PriceListRow
    from .price_list_row_adjustment_method import PriceListRowAdjustmentMethod
    from .price_list_row_list import PriceListRowList
    from .product import Product
    from .product_config import ProductConfig
    from .product_list import ProductList
    from .product_operation_create_dto import ProductOperationCreateDto
    from .product_operation_row import ProductOperationRow
    from .product_operation_row_create_dto import ProductOperationRowCreateDto
    from .product_operation_row_create_dto_type import ProductOperationRowCreateDtoType
    from .product_operation_row_list import ProductOperationRowList
    from .product_operation_row_rank_dto import ProductOperationRowRankDto
    from .product_operation_row_type import ProductOperationRowType
    from .product_operation_row_update_dto import ProductOperationRowUpdateDto
    from .product_operation_row_update_dto_type import ProductOperationRowUpdateDtoType
    from .product_update_dto import ProductUpdateDto
    from .production_ingredient_dto import ProductionIngredientDto
    from .production_operation_dto import ProductionOperationDto
    from .purchase_order import PurchaseOrder
    from .purchase_order_accounting_metadata import PurchaseOrderAccountingMetadata
    from .purchase_order_accounting_metadata_list import PurchaseOrderAccountingMetadataList
    from .purchase_order_billing_status import PurchaseOrderBillingStatus
    from .purchase_order_entity_type import PurchaseOrderEntityType
    from .purchase_order_ingredient_availability import PurchaseOrderIngredientAvailability
    from .purchase_order_last_document_status import PurchaseOrderLastDocumentStatus
    from .purchase_order_list import PurchaseOrderList
    from .purchase_order_row import PurchaseOrderRow
    from .purchase_order_row_batch_transaction import PurchaseOrderRowBatchTransaction
    from .purchase_order_row_list import PurchaseOrderRowList
    from .purchase_order_row_receive_batch_dto import PurchaseOrderRowReceiveBatchDto
    from .purchase_order_row_receive_dto import PurchaseOrderRowReceiveDto
    from .purchase_order_status import PurchaseOrderStatus
    from .recipe import Recipe
    from .recipe_list import RecipeList
    from .recipe_row import RecipeRow
    from .recipe_row_create_dto import RecipeRowCreateDto
    from .recipe_row_create_many_dto import RecipeRowCreateManyDto
    from .recipe_row_update_dto import RecipeRowUpdateDto
    from .retrieve_sales_order_row_extend_item import RetrieveSalesOrderRowExtendItem
    from .return_reason import ReturnReason
    from .returnable_item import ReturnableItem
    from .sales_order import SalesOrder
    from .sales_order_accounting_metadata import SalesOrderAccountingMetadata
    from .sales_order_accounting_metadata_list import SalesOrderAccountingMetadataList
    from .sales_order_address import SalesOrderAddress
    from .sales_order_address_entity_type import SalesOrderAddressEntityType
    from .sales_order_address_list import SalesOrderAddressList
    from .sales_order_custom_fields import SalesOrderCustomFields
    from .sales_order_fulfillment import SalesOrderFulfillment
    from .sales_order_fulfillment_invoice_status import SalesOrderFulfillmentInvoiceStatus
    from .sales_order_fulfillment_list import SalesOrderFulfillmentList
    from .sales_order_fulfillment_row import SalesOrderFulfillmentRow
    from .sales_order_fulfillment_row_batch_transaction import (
        SalesOrderFulfillmentRowBatchTransaction,
    )
    from .sales_order_fulfillment_row_traceability import SalesOrderFulfillmentRowTraceability
    from .sales_order_fulfillment_status import SalesOrderFulfillmentStatus
    from .sales_order_ingredient_availability import SalesOrderIngredientAvailability
    from .sales_order_invoicing_status import SalesOrderInvoicingStatus
    from .sales_order_list import SalesOrderList
    from .sales_order_product_availability import SalesOrderProductAvailability
    from .sales_order_production_status import SalesOrderProductionStatus
    from .sales_order_row import SalesOrderRow
    from .sales_order_row_attribute import SalesOrderRowAttribute
    from .sales_order_row_batch_transaction import SalesOrderRowBatchTransaction
    from .sales_order_row_custom_fields import SalesOrderRowCustomFields
    from .sales_order_row_list import SalesOrderRowList
    from .sales_order_row_product_availability import SalesOrderRowProductAvailability
    from .sales_order_row_serial_number_transaction import SalesOrderRowSerialNumberTransaction
    from .sales_order_row_traceability import SalesOrderRowTraceability
    from .sales_order_shipping_fee import SalesOrderShippingFee
    from .sales_order_shipping_fee_list import SalesOrderShippingFeeList
    from .sales_order_status import SalesOrderStatus
    from .sales_return import SalesReturn
    from .sales_return_list import SalesReturnList
    from .sales_return_patch_dto import SalesReturnPatchDto
    from .sales_return_patch_dto_status import SalesReturnPatchDtoStatus
    from .sales_return_refund_status import SalesReturnRefundStatus
    from .sales_return_row import SalesReturnRow
    from .sales_return_row_batch_transaction import SalesReturnRowBatchTransaction
    from .sales_return_row_create_dto import SalesReturnRowCreateDto
    from .sales_return_row_list import SalesReturnRowList
    from .sales_return_row_patch_dto import SalesReturnRowPatchDto
    from .sales_return_status import SalesReturnStatus
    from .search_sales_order_rows_dto import SearchSalesOrderRowsDto
    from .search_sales_order_rows_dto_filter import SearchSalesOrderRowsDtoFilter
    from .search_sales_order_rows_dto_filter_where import SearchSalesOrderRowsDtoFilterWhere
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
    from .search_sales_orders_dto import SearchSalesOrdersDto
    from .search_sales_orders_dto_filter import SearchSalesOrdersDtoFilter
    from .search_sales_orders_dto_filter_where import SearchSalesOrdersDtoFilterWhere
    from .search_sales_orders_dto_filter_where_and_item import (
        SearchSalesOrdersDtoFilterWhereAndItem,
    )
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
    from .search_sales_orders_dto_filter_where_id_type_4 import (
        SearchSalesOrdersDtoFilterWhereIdType4,
    )
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
    from .serial_number import SerialNumber
    from .serial_number_failure import SerialNumberFailure
    from .serial_number_resource_type import SerialNumberResourceType
    from .serial_numbers_result import SerialNumbersResult
    from .serial_numbers_stock import SerialNumbersStock
    from .serial_numbers_stock_transaction import SerialNumbersStockTransaction
    from .service import Service
    from .service_list import ServiceList
    from .stock_adjustment import StockAdjustment
    from .stock_adjustment_list import StockAdjustmentList
    from .stock_adjustment_row import StockAdjustmentRow
    from .stock_adjustment_row_batch_transaction import StockAdjustmentRowBatchTransaction
    from .stock_adjustment_row_traceability import StockAdjustmentRowTraceability
    from .stock_adjustment_traceability_input_dto import StockAdjustmentTraceabilityInputDto
    from .stock_transfer import StockTransfer
    from .stock_transfer_list import StockTransferList
    from .stock_transfer_row import StockTransferRow
    from .stock_transfer_row_batch_transaction import StockTransferRowBatchTransaction
    from .stock_transfer_row_traceability import StockTransferRowTraceability
    from .stocktake import Stocktake
    from .stocktake_list import StocktakeList
    from .stocktake_row import StocktakeRow
    from .stocktake_row_list import StocktakeRowList
    from .stocktake_status import StocktakeStatus
    from .supplier import Supplier
    from .supplier_address import SupplierAddress
    from .supplier_address_create_dto import SupplierAddressCreateDto
    from .supplier_address_list import SupplierAddressList
    from .supplier_address_nested_create_dto import SupplierAddressNestedCreateDto
    from .supplier_address_patch_dto import SupplierAddressPatchDto
    from .supplier_create_dto import SupplierCreateDto
    from .supplier_list import SupplierList
    from .supplier_update_dto import SupplierUpdateDto
    from .tax_rate import TaxRate
    from .tax_rate_list import TaxRateList
    from .traceability_input_dto import TraceabilityInputDto
    from .traceability_input_item_dto import TraceabilityInputItemDto
    from .unassigned_batch_transaction import UnassignedBatchTransaction
    from .unlink_bin_location_dto import UnlinkBinLocationDto
    from .unlink_manufacturing_order_dto import UnlinkManufacturingOrderDto
    from .update_batch_dto import UpdateBatchDto
    from .update_batch_transaction_dto import UpdateBatchTransactionDto
    from .update_bin_transfer_dto import UpdateBinTransferDto
    from .update_bin_transfer_row_dto import UpdateBinTransferRowDto
    from .update_bin_transfer_status_dto import UpdateBinTransferStatusDto
    from .update_bin_transfer_status_dto_status import UpdateBinTransferStatusDtoStatus
    from .update_custom_field_definition_dto import UpdateCustomFieldDefinitionDto
    from .update_custom_field_definition_dto_options_type_0 import (
        UpdateCustomFieldDefinitionDtoOptionsType0,
    )
    from .update_manufacturing_order_dto import UpdateManufacturingOrderDto
    from .update_manufacturing_order_dto_status import UpdateManufacturingOrderDtoStatus
    from .update_manufacturing_order_operation_row_dto import (
        UpdateManufacturingOrderOperationRowDto,
    )
    from .update_manufacturing_order_operation_row_dto_status import (
        UpdateManufacturingOrderOperationRowDtoStatus,
    )
    from .update_manufacturing_order_operation_row_dto_type import (
        UpdateManufacturingOrderOperationRowDtoType,
    )
    from .update_manufacturing_order_production_dto import UpdateManufacturingOrderProductionDto
    from .update_manufacturing_order_production_ingredient_dto import (
        UpdateManufacturingOrderProductionIngredientDto,
    )
    from .update_manufacturing_order_recipe_row_dto import UpdateManufacturingOrderRecipeRowDto
    from .update_operator_dto import UpdateOperatorDto
    from .update_po_additional_cost_row_dto import UpdatePoAdditionalCostRowDto
    from .update_po_additional_cost_row_dto_distribution_method import (
        UpdatePoAdditionalCostRowDtoDistributionMethod,
    )
    from .update_price_list_customer_dto import UpdatePriceListCustomerDto
    from .update_purchase_order_dto import UpdatePurchaseOrderDto
    from .update_purchase_order_dto_status import UpdatePurchaseOrderDtoStatus
    from .update_purchase_order_recipe_row_dto import UpdatePurchaseOrderRecipeRowDto
    from .update_purchase_order_row_dto import UpdatePurchaseOrderRowDto
    from .update_sales_order_address_dto import UpdateSalesOrderAddressDto
    from .update_sales_order_dto import UpdateSalesOrderDto
    from .update_sales_order_dto_custom_fields_type_0 import UpdateSalesOrderDtoCustomFieldsType0
    from .update_sales_order_dto_status import UpdateSalesOrderDtoStatus
    from .update_sales_order_fulfillment_dto import UpdateSalesOrderFulfillmentDto
    from .update_sales_order_fulfillment_dto_status import UpdateSalesOrderFulfillmentDtoStatus
    from .update_sales_order_row_dto import UpdateSalesOrderRowDto
    from .update_sales_order_row_dto_custom_fields_type_0 import (
        UpdateSalesOrderRowDtoCustomFieldsType0,
    )
    from .update_serial_number_transaction_dto import UpdateSerialNumberTransactionDto
    from .update_service_dto import UpdateServiceDto
    from .update_shipping_fee_dto import UpdateShippingFeeDto
    from .update_stock_adjustment_dto import UpdateStockAdjustmentDto
    from .update_stock_transfer_dto import UpdateStockTransferDto
    from .update_stock_transfer_status_dto import UpdateStockTransferStatusDto
    from .update_stock_transfer_status_dto_status import UpdateStockTransferStatusDtoStatus
    from .update_stocktake_dto import UpdateStocktakeDto
    from .update_stocktake_dto_status import UpdateStocktakeDtoStatus
    from .update_stocktake_row_dto import UpdateStocktakeRowDto
    from .update_webhook_dto import UpdateWebhookDto
    from .update_webhook_dto_subscribed_events_item import UpdateWebhookDtoSubscribedEventsItem
    from .user import User
    from .user_info import UserInfo
    from .user_list import UserList
    from .validation_error_detail import ValidationErrorDetail
    from .validation_error_detail_info_type_0 import ValidationErrorDetailInfoType0
    from .validation_error_response import ValidationErrorResponse
    from .variant import Variant
    from .variant_abc_classification import VariantAbcClassification
    from .variant_bin_location import VariantBinLocation
    from .variant_bin_location_upsert_dto import VariantBinLocationUpsertDto
    from .variant_config_attribute import VariantConfigAttribute
    from .variant_custom_field import VariantCustomField
    from .variant_list import VariantList
    from .variant_product_or_material import VariantProductOrMaterial
    from .variant_product_or_material_config import VariantProductOrMaterialConfig
    from .variant_update_dto import VariantUpdateDto
    from .webhook import Webhook
    from .webhook_dto import WebhookDto
    from .webhook_dto_subscribed_events_item import WebhookDtoSubscribedEventsItem
    from .webhook_list import WebhookList
    from .webhook_logs_export import WebhookLogsExport
    from .webhook_logs_export_dto import WebhookLogsExportDto
    from .webhook_logs_export_dto_event import WebhookLogsExportDtoEvent
    from .webhook_subscribed_events_type_0_item import WebhookSubscribedEventsType0Item

# Public name -> module (in this package) that defines it.
_MODULES: dict[str, str] = {
    "AddSerialNumbersToEntityDto": ".add_serial_numbers_to_entity_dto",
    "AddSerialNumbersToEntityDtoResourceType": ".add_serial_numbers_to_entity_dto_resource_type",
    "AddShippingFeeDto": ".add_shipping_fee_dto",
    "AdditionalCost": ".additional_cost",
    "AdditionalCostList": ".additional_cost_list",
    "AddressWithinSalesOrderCreateDto": ".address_within_sales_order_create_dto",
    "AddressWithinSalesOrderCreateDtoEntityType": ".address_within_sales_order_create_dto_entity_type",
    "Batch": ".batch",
    "BatchStock": ".batch_stock",
    "BatchStockList": ".batch_stock_list",
    "BinInventory": ".bin_inventory",
    "BinInventoryList": ".bin_inventory_list",
    "BinLocation": ".bin_location",
    "BinLocationCreateDto": ".bin_location_create_dto",
    "BinLocationList": ".bin_location_list",
    "BinLocationUpdateDto": ".bin_location_update_dto",
    "BinTransfer": ".bin_transfer",
    "BinTransferList": ".bin_transfer_list",
    "BinTransferRow": ".bin_transfer_row",
    "BinTransferRowList": ".bin_transfer_row_list",
    "BinTransferRowTraceability": ".bin_transfer_row_traceability",
    "BinTransferStatus": ".bin_transfer_status",
    "BomRow": ".bom_row",
    "BomRowCreateDto": ".bom_row_create_dto",
    "BomRowList": ".bom_row_list",
    "BomRowUpdateDto": ".bom_row_update_dto",
    "CompletePartiallyBatchDto": ".complete_partially_batch_dto",
    "CompletePartiallyMoDto": ".complete_partially_mo_dto",
    "ConfigAttributeDto": ".config_attribute_dto",
    "CreateBatchDto": ".create_batch_dto",
    "CreateBatchTransactionDto": ".create_batch_transaction_dto",
    "CreateBatchTransactionForManufacturingOrderDto": ".create_batch_transaction_for_manufacturing_order_dto",
    "CreateBatchTransactionV2Dto": ".create_batch_transaction_v2_dto",
    "CreateBinTransferDto": ".create_bin_transfer_dto",
    "CreateBinTransferRowDto": ".create_bin_transfer_row_dto",
    "CreateBomRowsBatchDto": ".create_bom_rows_batch_dto",
    "CreateCustomFieldDefinitionDto": ".create_custom_field_definition_dto",
    "CreateCustomFieldDefinitionDtoOptionsType0": ".create_custom_field_definition_dto_options_type_0",
    "CreateCustomerDto": ".create_customer_dto",
    "CreateInventoryReorderPointBody": ".create_inventory_reorder_point_body",
    "CreateInventorySafetyStockLevelBody": ".create_inventory_safety_stock_level_body",
    "CreateMakeToOrderManufacturingOrderDto": ".create_make_to_order_manufacturing_order_dto",
    "CreateManufacturingOrderDto": ".create_manufacturing_order_dto",
    "CreateManufacturingOrderDtoStatus": ".create_manufacturing_order_dto_status",
    "CreateManufacturingOrderOperationRowDto": ".create_manufacturing_order_operation_row_dto",
    "CreateManufacturingOrderOperationRowDtoStatus": ".create_manufacturing_order_operation_row_dto_status",
    "CreateManufacturingOrderOperationRowDtoType": ".create_manufacturing_order_operation_row_dto_type",
    "CreateManufacturingOrderRecipeRowDto": ".create_manufacturing_order_recipe_row_dto",
    "CreateMaterialConfigDto": ".create_material_config_dto",
    "CreateMaterialDto": ".create_material_dto",
    "CreateMaterialVariantDto": ".create_material_variant_dto",
    "CreateNestedBinTransferRowDto": ".create_nested_bin_transfer_row_dto",
    "CreateOperatorDto": ".create_operator_dto",
    "CreatePoAdditionalCostRowDto": ".create_po_additional_cost_row_dto",
    "CreatePoAdditionalCostRowDtoDistributionMethod": ".create_po_additional_cost_row_dto_distribution_method",
    "CreatePriceListCustomerDto": ".create_price_list_customer_dto",
    "CreatePriceListCustomersDto": ".create_price_list_customers_dto",
    "CreatePriceListRowDto": ".create_price_list_row_dto",
    "CreatePriceListRowDtoAdjustmentMethod": ".create_price_list_row_dto_adjustment_method",
    "CreatePriceListRowsDto": ".create_price_list_rows_dto",
    "CreateProductDto": ".create_product_dto",
    "CreateProductVariantDto": ".create_product_variant_dto",
    "CreatePurchaseOrderDto": ".create_purchase_order_dto",
    "CreatePurchaseOrderDtoEntityType": ".create_purchase_order_dto_entity_type",
    "CreatePurchaseOrderDtoStatus": ".create_purchase_order_dto_status",
    "CreatePurchaseOrderRecipeRowDto": ".create_purchase_order_recipe_row_dto",
    "CreatePurchaseOrderRowDto": ".create_purchase_order_row_dto",
    "CreatePurchaseOrderRowWithPurchaseOrderIdDto": ".create_purchase_order_row_with_purchase_order_id_dto",
    "CreateSalesOrderAddressDto": ".create_sales_order_address_dto",
    "CreateSalesOrderAddressDtoEntityType": ".create_sales_order_address_dto_entity_type",
    "CreateSalesOrderDto": ".create_sales_order_dto",
    "CreateSalesOrderDtoCustomFieldsType0": ".create_sales_order_dto_custom_fields_type_0",
    "CreateSalesOrderDtoStatus": ".create_sales_order_dto_status",
    "CreateSalesOrderFulfillmentDto": ".create_sales_order_fulfillment_dto",
    "CreateSalesOrderFulfillmentDtoStatus": ".create_sales_order_fulfillment_dto_status",
    "CreateSalesOrderFulfillmentRowDto": ".create_sales_order_fulfillment_row_dto",
    "CreateSalesOrderRowAttributeDto": ".create_sales_order_row_attribute_dto",
    "CreateSalesOrderRowDto": ".create_sales_order_row_dto",
    "CreateSalesOrderRowDtoCustomFieldsType0": ".create_sales_order_row_dto_custom_fields_type_0",
    "CreateSalesOrderRowWithSalesOrderIdDto": ".create_sales_order_row_with_sales_order_id_dto",
    "CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0": ".create_sales_order_row_with_sales_order_id_dto_custom_fields_type_0",
    "CreateSalesReturnDto": ".create_sales_return_dto",
    "CreateServiceDto": ".create_service_dto",
    "CreateServiceVariantDto": ".create_service_variant_dto",
    "CreateStockAdjustmentDto": ".create_stock_adjustment_dto",
    "CreateStockAdjustmentRowDto": ".create_stock_adjustment_row_dto",
    "CreateStockTransferDto": ".create_stock_transfer_dto",
    "CreateStockTransferRowDto": ".create_stock_transfer_row_dto",
    "CreateStockTransferRowDtoBatchTransactionsItem": ".create_stock_transfer_row_dto_batch_transactions_item",
    "CreateStocktakeDto": ".create_stocktake_dto",
    "CreateStocktakeRowDto": ".create_stocktake_row_dto",
    "CreateStocktakeRowsDto": ".create_stocktake_rows_dto",
    "CreateTaxRateDto": ".create_tax_rate_dto",
    "CreateVariantAttributesDto": ".create_variant_attributes_dto",
    "CreateVariantDto": ".create_variant_dto",
    "CreateVariantDtoConfigAttributesItem": ".create_variant_dto_config_attributes_item",
    "CreateWebhookDto": ".create_webhook_dto",
    "CreateWebhookDtoSubscribedEventsItem": ".create_webhook_dto_subscribed_events_item",
    "CustomFieldDefinition": ".custom_field_definition",
    "CustomFieldDefinitionList": ".custom_field_definition_list",
    "CustomFieldDefinitionOptions": ".custom_field_definition_options",
    "CustomFieldDefinitionOptionsChoice": ".custom_field_definition_options_choice",
    "CustomFieldValueDto": ".custom_field_value_dto",
    "CustomFieldsCollection": ".custom_fields_collection",
    "CustomFieldsCollectionList": ".custom_fields_collection_list",
    "Customer": ".customer",
    "CustomerAddress": ".customer_address",
    "CustomerAddressCreateDto": ".customer_address_create_dto",
    "CustomerAddressCreateDtoEntityType": ".customer_address_create_dto_entity_type",
    "CustomerAddressEntityType": ".customer_address_entity_type",
    "CustomerAddressInCustomerCreateDto": ".customer_address_in_customer_create_dto",
    "CustomerAddressInCustomerCreateDtoEntityType": ".customer_address_in_customer_create_dto_entity_type",
    "CustomerAddressList": ".customer_address_list",
    "CustomerAddressUpdateDto": ".customer_address_update_dto",
    "CustomerList": ".customer_list",
    "CustomerUpdateDto": ".customer_update_dto",
    "DeleteSerialNumberDto": ".delete_serial_number_dto",
    "DeleteSerialNumberDtoResourceType": ".delete_serial_number_dto_resource_type",
    "DemandForecast": ".demand_forecast",
    "DemandForecastClearDto": ".demand_forecast_clear_dto",
    "DemandForecastClearPeriod": ".demand_forecast_clear_period",
    "DemandForecastPeriod": ".demand_forecast_period",
    "DemandForecastUpdateDto": ".demand_forecast_update_dto",
    "DemandForecastUpdatePeriod": ".demand_forecast_update_period",
    "ErrorResponse": ".error_response",
    "Factory": ".factory",
    "FactoryLegalAddress": ".factory_legal_address",
    "FindBinTransfersStatus": ".find_bin_transfers_status",
    "FindPurchaseOrdersBillingStatus": ".find_purchase_orders_billing_status",
    "FindPurchaseOrdersEntityType": ".find_purchase_orders_entity_type",
    "FindPurchaseOrdersExtendItem": ".find_purchase_orders_extend_item",
    "FindPurchaseOrdersLastDocumentStatus": ".find_purchase_orders_last_document_status",
    "FindPurchaseOrdersStatus": ".find_purchase_orders_status",
    "FindStocktakesStatus": ".find_stocktakes_status",
    "GetAllInventoryMovementsResourceType": ".get_all_inventory_movements_resource_type",
    "GetAllInventoryPointExtendItem": ".get_all_inventory_point_extend_item",
    "GetAllManufacturingOrderOperationRowsStatus": ".get_all_manufacturing_order_operation_rows_status",
    "GetAllManufacturingOrderRecipeRowsIngredientAvailability": ".get_all_manufacturing_order_recipe_rows_ingredient_availability",
    "GetAllManufacturingOrdersStatus": ".get_all_manufacturing_orders_status",
    "GetAllMaterialsExtendItem": ".get_all_materials_extend_item",
    "GetAllProductsExtendItem": ".get_all_products_extend_item",
    "GetAllSalesOrderFulfillmentsInvoiceStatus": ".get_all_sales_order_fulfillments_invoice_status",
    "GetAllSalesOrderFulfillmentsStatus": ".get_all_sales_order_fulfillments_status",
    "GetAllSalesOrderRowsExtendItem": ".get_all_sales_order_rows_extend_item",
    "GetAllSalesOrderRowsProductAvailability": ".get_all_sales_order_rows_product_availability",
    "GetAllSalesOrdersIngredientAvailability": ".get_all_sales_orders_ingredient_availability",
    "GetAllSalesOrdersProductAvailability": ".get_all_sales_orders_product_availability",
    "GetAllSalesOrdersProductionStatus": ".get_all_sales_orders_production_status",
    "GetAllSalesReturnsRefundStatus": ".get_all_sales_returns_refund_status",
    "GetAllSalesReturnsStatus": ".get_all_sales_returns_status",
    "GetAllVariantsAbcClassification": ".get_all_variants_abc_classification",
    "GetAllVariantsExtendItem": ".get_all_variants_extend_item",
    "GetAllVariantsType": ".get_all_variants_type",
    "GetBinInventoryGranularity": ".get_bin_inventory_granularity",
    "GetMaterialExtendItem": ".get_material_extend_item",
    "GetOperatorsWorkingArea": ".get_operators_working_area",
    "GetProductExtendItem": ".get_product_extend_item",
    "GetPurchaseOrderAdditionalCostRowsDistributionMethod": ".get_purchase_order_additional_cost_rows_distribution_method",
    "GetPurchaseOrderExtendItem": ".get_purchase_order_extend_item",
    "GetSerialNumbersResourceType": ".get_serial_numbers_resource_type",
    "GetVariantExtendItem": ".get_variant_extend_item",
    "Inventory": ".inventory",
    "InventoryList": ".inventory_list",
    "InventoryMovement": ".inventory_movement",
    "InventoryMovementList": ".inventory_movement_list",
    "InventoryMovementResourceType": ".inventory_movement_resource_type",
    "InventoryReorderPoint": ".inventory_reorder_point",
    "InventorySafetyStockLevel": ".inventory_safety_stock_level",
    "ItemVariantConfigDto": ".item_variant_config_dto",
    "Location": ".location",
    "LocationAddress": ".location_address",
    "LocationList": ".location_list",
    "ManufacturingOrder": ".manufacturing_order",
    "ManufacturingOrderList": ".manufacturing_order_list",
    "ManufacturingOrderOperationRow": ".manufacturing_order_operation_row",
    "ManufacturingOrderOperationRowAssignedOperator": ".manufacturing_order_operation_row_assigned_operator",
    "ManufacturingOrderOperationRowList": ".manufacturing_order_operation_row_list",
    "ManufacturingOrderOperationRowStatus": ".manufacturing_order_operation_row_status",
    "ManufacturingOrderOperationRowType": ".manufacturing_order_operation_row_type",
    "ManufacturingOrderProduction": ".manufacturing_order_production",
    "ManufacturingOrderProductionIngredient": ".manufacturing_order_production_ingredient",
    "ManufacturingOrderProductionList": ".manufacturing_order_production_list",
    "ManufacturingOrderProductionOperation": ".manufacturing_order_production_operation",
    "ManufacturingOrderRecipeRow": ".manufacturing_order_recipe_row",
    "ManufacturingOrderRecipeRowBatchTransaction": ".manufacturing_order_recipe_row_batch_transaction",
    "ManufacturingOrderRecipeRowIngredientAvailability": ".manufacturing_order_recipe_row_ingredient_availability",
    "ManufacturingOrderRecipeRowList": ".manufacturing_order_recipe_row_list",
    "ManufacturingOrderStatus": ".manufacturing_order_status",
    "Material": ".material",
    "MaterialConfig": ".material_config",
    "MaterialList": ".material_list",
    "MaterialUpdateDto": ".material_update_dto",
    "NegativeStock": ".negative_stock",
    "NegativeStockList": ".negative_stock_list",
    "Operator": ".operator",
    "OutsourcedPurchaseOrderRecipeRow": ".outsourced_purchase_order_recipe_row",
    "OutsourcedPurchaseOrderRecipeRowBatchTransaction": ".outsourced_purchase_order_recipe_row_batch_transaction",
    "OutsourcedPurchaseOrderRecipeRowList": ".outsourced_purchase_order_recipe_row_list",
    "PatchPriceListRowDto": ".patch_price_list_row_dto",
    "PatchPriceListRowDtoAdjustmentMethod": ".patch_price_list_row_dto_adjustment_method",
    "PoAdditionalCostRow": ".po_additional_cost_row",
    "PoAdditionalCostRowDistributionMethod": ".po_additional_cost_row_distribution_method",
    "PoAdditionalCostRowList": ".po_additional_cost_row_list",
    "PriceList": ".price_list",
    "PriceListCreateDto": ".price_list_create_dto",
    "PriceListCustomer": ".price_list_customer",
    "PriceListCustomerList": ".price_list_customer_list",
    "PriceListList": ".price_list_list",
    "PriceListPatchDto": ".price_list_patch_dto",
    "PriceListRow": ".price_list_row",
    "PriceListRowAdjustmentMethod": ".price_list_row_adjustment_method",
    "PriceListRowList": ".price_list_row_list",
    "Product": ".product",
    "ProductConfig": ".product_config",
    "ProductList": ".product_list",
    "ProductOperationCreateDto": ".product_operation_create_dto",
    "ProductOperationRow": ".product_operation_row",
    "ProductOperationRowCreateDto": ".product_operation_row_create_dto",
    "ProductOperationRowCreateDtoType": ".product_operation_row_create_dto_type",
    "ProductOperationRowList": ".product_operation_row_list",
    "ProductOperationRowRankDto": ".product_operation_row_rank_dto",
    "ProductOperationRowType": ".product_operation_row_type",
    "ProductOperationRowUpdateDto": ".product_operation_row_update_dto",
    "ProductOperationRowUpdateDtoType": ".product_operation_row_update_dto_type",
    "ProductUpdateDto": ".product_update_dto",
    "ProductionIngredientDto": ".production_ingredient_dto",
    "ProductionOperationDto": ".production_operation_dto",
    "PurchaseOrder": ".purchase_order",
    "PurchaseOrderAccountingMetadata": ".purchase_order_accounting_metadata",
    "PurchaseOrderAccountingMetadataList": ".purchase_order_accounting_metadata_list",
    "PurchaseOrderBillingStatus": ".purchase_order_billing_status",
    "PurchaseOrderEntityType": ".purchase_order_entity_type",
    "PurchaseOrderIngredientAvailability": ".purchase_order_ingredient_availability",
    "PurchaseOrderLastDocumentStatus": ".purchase_order_last_document_status",
    "PurchaseOrderList": ".purchase_order_list",
    "PurchaseOrderRow": ".purchase_order_row",
    "PurchaseOrderRowBatchTransaction": ".purchase_order_row_batch_transaction",
    "PurchaseOrderRowList": ".purchase_order_row_list",
    "PurchaseOrderRowReceiveBatchDto": ".purchase_order_row_receive_batch_dto",
    "PurchaseOrderRowReceiveDto": ".purchase_order_row_receive_dto",
    "PurchaseOrderStatus": ".purchase_order_status",
    "Recipe": ".recipe",
    "RecipeList": ".recipe_list",
    "RecipeRow": ".recipe_row",
    "RecipeRowCreateDto": ".recipe_row_create_dto",
    "RecipeRowCreateManyDto": ".recipe_row_create_many_dto",
    "RecipeRowUpdateDto": ".recipe_row_update_dto",
    "RetrieveSalesOrderRowExtendItem": ".retrieve_sales_order_row_extend_item",
    "ReturnReason": ".return_reason",
    "ReturnableItem": ".returnable_item",
    "SalesOrder": ".sales_order",
    "SalesOrderAccountingMetadata": ".sales_order_accounting_metadata",
    "SalesOrderAccountingMetadataList": ".sales_order_accounting_metadata_list",
    "SalesOrderAddress": ".sales_order_address",
    "SalesOrderAddressEntityType": ".sales_order_address_entity_type",
    "SalesOrderAddressList": ".sales_order_address_list",
    "SalesOrderCustomFields": ".sales_order_custom_fields",
    "SalesOrderFulfillment": ".sales_order_fulfillment",
    "SalesOrderFulfillmentInvoiceStatus": ".sales_order_fulfillment_invoice_status",
    "SalesOrderFulfillmentList": ".sales_order_fulfillment_list",
    "SalesOrderFulfillmentRow": ".sales_order_fulfillment_row",
    "SalesOrderFulfillmentRowBatchTransaction": ".sales_order_fulfillment_row_batch_transaction",
    "SalesOrderFulfillmentRowTraceability": ".sales_order_fulfillment_row_traceability",
    "SalesOrderFulfillmentStatus": ".sales_order_fulfillment_status",
    "SalesOrderIngredientAvailability": ".sales_order_ingredient_availability",
    "SalesOrderInvoicingStatus": ".sales_order_invoicing_status",
    "SalesOrderList": ".sales_order_list",
    "SalesOrderProductAvailability": ".sales_order_product_availability",
    "SalesOrderProductionStatus": ".sales_order_production_status",
    "SalesOrderRow": ".sales_order_row",
    "SalesOrderRowAttribute": ".sales_order_row_attribute",
    "SalesOrderRowBatchTransaction": ".sales_order_row_batch_transaction",
    "SalesOrderRowCustomFields": ".sales_order_row_custom_fields",
    "SalesOrderRowList": ".sales_order_row_list",
    "SalesOrderRowProductAvailability": ".sales_order_row_product_availability",
    "SalesOrderRowSerialNumberTransaction": ".sales_order_row_serial_number_transaction",
    "SalesOrderRowTraceability": ".sales_order_row_traceability",
    "SalesOrderShippingFee": ".sales_order_shipping_fee",
    "SalesOrderShippingFeeList": ".sales_order_shipping_fee_list",
    "SalesOrderStatus": ".sales_order_status",
    "SalesReturn": ".sales_return",
    "SalesReturnList": ".sales_return_list",
    "SalesReturnPatchDto": ".sales_return_patch_dto",
    "SalesReturnPatchDtoStatus": ".sales_return_patch_dto_status",
    "SalesReturnRefundStatus": ".sales_return_refund_status",
    "SalesReturnRow": ".sales_return_row",
    "SalesReturnRowBatchTransaction": ".sales_return_row_batch_transaction",
    "SalesReturnRowCreateDto": ".sales_return_row_create_dto",
    "SalesReturnRowList": ".sales_return_row_list",
    "SalesReturnRowPatchDto": ".sales_return_row_patch_dto",
    "SalesReturnStatus": ".sales_return_status",
    "SearchSalesOrderRowsDto": ".search_sales_order_rows_dto",
    "SearchSalesOrderRowsDtoFilter": ".search_sales_order_rows_dto_filter",
    "SearchSalesOrderRowsDtoFilterWhere": ".search_sales_order_rows_dto_filter_where",
    "SearchSalesOrderRowsDtoFilterWhereAndItem": ".search_sales_order_rows_dto_filter_where_and_item",
    "SearchSalesOrderRowsDtoFilterWhereCreatedAtType4": ".search_sales_order_rows_dto_filter_where_created_at_type_4",
    "SearchSalesOrderRowsDtoFilterWhereCurrencyType4": ".search_sales_order_rows_dto_filter_where_currency_type_4",
    "SearchSalesOrderRowsDtoFilterWhereCustomFieldsType4": ".search_sales_order_rows_dto_filter_where_custom_fields_type_4",
    "SearchSalesOrderRowsDtoFilterWhereDeliveryDateType4": ".search_sales_order_rows_dto_filter_where_delivery_date_type_4",
    "SearchSalesOrderRowsDtoFilterWhereIdType4": ".search_sales_order_rows_dto_filter_where_id_type_4",
    "SearchSalesOrderRowsDtoFilterWhereLocationIdType4": ".search_sales_order_rows_dto_filter_where_location_id_type_4",
    "SearchSalesOrderRowsDtoFilterWhereOrItem": ".search_sales_order_rows_dto_filter_where_or_item",
    "SearchSalesOrderRowsDtoFilterWherePricePerUnitType4": ".search_sales_order_rows_dto_filter_where_price_per_unit_type_4",
    "SearchSalesOrderRowsDtoFilterWhereProductAvailabilityType4": ".search_sales_order_rows_dto_filter_where_product_availability_type_4",
    "SearchSalesOrderRowsDtoFilterWhereQuantityType4": ".search_sales_order_rows_dto_filter_where_quantity_type_4",
    "SearchSalesOrderRowsDtoFilterWhereSalesOrderIdType4": ".search_sales_order_rows_dto_filter_where_sales_order_id_type_4",
    "SearchSalesOrderRowsDtoFilterWhereShippingDateType4": ".search_sales_order_rows_dto_filter_where_shipping_date_type_4",
    "SearchSalesOrderRowsDtoFilterWhereTaxRateIdType4": ".search_sales_order_rows_dto_filter_where_tax_rate_id_type_4",
    "SearchSalesOrderRowsDtoFilterWhereTaxRateType4": ".search_sales_order_rows_dto_filter_where_tax_rate_type_4",
    "SearchSalesOrderRowsDtoFilterWhereTotalDiscountType4": ".search_sales_order_rows_dto_filter_where_total_discount_type_4",
    "SearchSalesOrderRowsDtoFilterWhereUpdatedAtType4": ".search_sales_order_rows_dto_filter_where_updated_at_type_4",
    "SearchSalesOrderRowsDtoFilterWhereVariantIdType4": ".search_sales_order_rows_dto_filter_where_variant_id_type_4",
    "SearchSalesOrdersDto": ".search_sales_orders_dto",
    "SearchSalesOrdersDtoFilter": ".search_sales_orders_dto_filter",
    "SearchSalesOrdersDtoFilterWhere": ".search_sales_orders_dto_filter_where",
    "SearchSalesOrdersDtoFilterWhereAndItem": ".search_sales_orders_dto_filter_where_and_item",
    "SearchSalesOrdersDtoFilterWhereCreatedAtType4": ".search_sales_orders_dto_filter_where_created_at_type_4",
    "SearchSalesOrdersDtoFilterWhereCurrencyType4": ".search_sales_orders_dto_filter_where_currency_type_4",
    "SearchSalesOrdersDtoFilterWhereCustomFieldsType4": ".search_sales_orders_dto_filter_where_custom_fields_type_4",
    "SearchSalesOrdersDtoFilterWhereCustomerIdType4": ".search_sales_orders_dto_filter_where_customer_id_type_4",
    "SearchSalesOrdersDtoFilterWhereCustomerRefType4": ".search_sales_orders_dto_filter_where_customer_ref_type_4",
    "SearchSalesOrdersDtoFilterWhereDeliveryDateType4": ".search_sales_orders_dto_filter_where_delivery_date_type_4",
    "SearchSalesOrdersDtoFilterWhereEcommerceOrderIdType4": ".search_sales_orders_dto_filter_where_ecommerce_order_id_type_4",
    "SearchSalesOrdersDtoFilterWhereEcommerceOrderTypeType4": ".search_sales_orders_dto_filter_where_ecommerce_order_type_type_4",
    "SearchSalesOrdersDtoFilterWhereEcommerceStoreNameType4": ".search_sales_orders_dto_filter_where_ecommerce_store_name_type_4",
    "SearchSalesOrdersDtoFilterWhereIdType4": ".search_sales_orders_dto_filter_where_id_type_4",
    "SearchSalesOrdersDtoFilterWhereIngredientAvailabilityType4": ".search_sales_orders_dto_filter_where_ingredient_availability_type_4",
    "SearchSalesOrdersDtoFilterWhereInvoicingStatusType4": ".search_sales_orders_dto_filter_where_invoicing_status_type_4",
    "SearchSalesOrdersDtoFilterWhereLocationIdType4": ".search_sales_orders_dto_filter_where_location_id_type_4",
    "SearchSalesOrdersDtoFilterWhereOrItem": ".search_sales_orders_dto_filter_where_or_item",
    "SearchSalesOrdersDtoFilterWhereOrderCreatedDateType4": ".search_sales_orders_dto_filter_where_order_created_date_type_4",
    "SearchSalesOrdersDtoFilterWhereOrderNoType4": ".search_sales_orders_dto_filter_where_order_no_type_4",
    "SearchSalesOrdersDtoFilterWherePickedDateType4": ".search_sales_orders_dto_filter_where_picked_date_type_4",
    "SearchSalesOrdersDtoFilterWhereProductAvailabilityType4": ".search_sales_orders_dto_filter_where_product_availability_type_4",
    "SearchSalesOrdersDtoFilterWhereProductionStatusType4": ".search_sales_orders_dto_filter_where_production_status_type_4",
    "SearchSalesOrdersDtoFilterWhereSourceType4": ".search_sales_orders_dto_filter_where_source_type_4",
    "SearchSalesOrdersDtoFilterWhereStatusType4": ".search_sales_orders_dto_filter_where_status_type_4",
    "SearchSalesOrdersDtoFilterWhereTrackingNumberType4": ".search_sales_orders_dto_filter_where_tracking_number_type_4",
    "SearchSalesOrdersDtoFilterWhereUpdatedAtType4": ".search_sales_orders_dto_filter_where_updated_at_type_4",
    "SerialNumber": ".serial_number",
    "SerialNumberFailure": ".serial_number_failure",
    "SerialNumberResourceType": ".serial_number_resource_type",
    "SerialNumbersResult": ".serial_numbers_result",
    "SerialNumbersStock": ".serial_numbers_stock",
    "SerialNumbersStockTransaction": ".serial_numbers_stock_transaction",
    "Service": ".service",
    "ServiceList": ".service_list",
    "StockAdjustment": ".stock_adjustment",
    "StockAdjustmentList": ".stock_adjustment_list",
    "StockAdjustmentRow": ".stock_adjustment_row",
    "StockAdjustmentRowBatchTransaction": ".stock_adjustment_row_batch_transaction",
    "StockAdjustmentRowTraceability": ".stock_adjustment_row_traceability",
    "StockAdjustmentTraceabilityInputDto": ".stock_adjustment_traceability_input_dto",
    "StockTransfer": ".stock_transfer",
    "StockTransferList": ".stock_transfer_list",
    "StockTransferRow": ".stock_transfer_row",
    "StockTransferRowBatchTransaction": ".stock_transfer_row_batch_transaction",
    "StockTransferRowTraceability": ".stock_transfer_row_traceability",
    "Stocktake": ".stocktake",
    "StocktakeList": ".stocktake_list",
    "StocktakeRow": ".stocktake_row",
    "StocktakeRowList": ".stocktake_row_list",
    "StocktakeStatus": ".stocktake_status",
    "Supplier": ".supplier",
    "SupplierAddress": ".supplier_address",
    "SupplierAddressCreateDto": ".supplier_address_create_dto",
    "SupplierAddressList": ".supplier_address_list",
    "SupplierAddressNestedCreateDto": ".supplier_address_nested_create_dto",
    "SupplierAddressPatchDto": ".supplier_address_patch_dto",
    "SupplierCreateDto": ".supplier_create_dto",
    "SupplierList": ".supplier_list",
    "SupplierUpdateDto": ".supplier_update_dto",
    "TaxRate": ".tax_rate",
    "TaxRateList": ".tax_rate_list",
    "TraceabilityInputDto": ".traceability_input_dto",
    "TraceabilityInputItemDto": ".traceability_input_item_dto",
    "UnassignedBatchTransaction": ".unassigned_batch_transaction",
    "UnlinkBinLocationDto": ".unlink_bin_location_dto",
    "UnlinkManufacturingOrderDto": ".unlink_manufacturing_order_dto",
    "UpdateBatchDto": ".update_batch_dto",
    "UpdateBatchTransactionDto": ".update_batch_transaction_dto",
    "UpdateBinTransferDto": ".update_bin_transfer_dto",
    "UpdateBinTransferRowDto": ".update_bin_transfer_row_dto",
    "UpdateBinTransferStatusDto": ".update_bin_transfer_status_dto",
    "UpdateBinTransferStatusDtoStatus": ".update_bin_transfer_status_dto_status",
    "UpdateCustomFieldDefinitionDto": ".update_custom_field_definition_dto",
    "UpdateCustomFieldDefinitionDtoOptionsType0": ".update_custom_field_definition_dto_options_type_0",
    "UpdateManufacturingOrderDto": ".update_manufacturing_order_dto",
    "UpdateManufacturingOrderDtoStatus": ".update_manufacturing_order_dto_status",
    "UpdateManufacturingOrderOperationRowDto": ".update_manufacturing_order_operation_row_dto",
    "UpdateManufacturingOrderOperationRowDtoStatus": ".update_manufacturing_order_operation_row_dto_status",
    "UpdateManufacturingOrderOperationRowDtoType": ".update_manufacturing_order_operation_row_dto_type",
    "UpdateManufacturingOrderProductionDto": ".update_manufacturing_order_production_dto",
    "UpdateManufacturingOrderProductionIngredientDto": ".update_manufacturing_order_production_ingredient_dto",
    "UpdateManufacturingOrderRecipeRowDto": ".update_manufacturing_order_recipe_row_dto",
    "UpdateOperatorDto": ".update_operator_dto",
    "UpdatePoAdditionalCostRowDto": ".update_po_additional_cost_row_dto",
    "UpdatePoAdditionalCostRowDtoDistributionMethod": ".update_po_additional_cost_row_dto_distribution_method",
    "UpdatePriceListCustomerDto": ".update_price_list_customer_dto",
    "UpdatePurchaseOrderDto": ".update_purchase_order_dto",
    "UpdatePurchaseOrderDtoStatus": ".update_purchase_order_dto_status",
    "UpdatePurchaseOrderRecipeRowDto": ".update_purchase_order_recipe_row_dto",
    "UpdatePurchaseOrderRowDto": ".update_purchase_order_row_dto",
    "UpdateSalesOrderAddressDto": ".update_sales_order_address_dto",
    "UpdateSalesOrderDto": ".update_sales_order_dto",
    "UpdateSalesOrderDtoCustomFieldsType0": ".update_sales_order_dto_custom_fields_type_0",
    "UpdateSalesOrderDtoStatus": ".update_sales_order_dto_status",
    "UpdateSalesOrderFulfillmentDto": ".update_sales_order_fulfillment_dto",
    "UpdateSalesOrderFulfillmentDtoStatus": ".update_sales_order_fulfillment_dto_status",
    "UpdateSalesOrderRowDto": ".update_sales_order_row_dto",
    "UpdateSalesOrderRowDtoCustomFieldsType0": ".update_sales_order_row_dto_custom_fields_type_0",
    "UpdateSerialNumberTransactionDto": ".update_serial_number_transaction_dto",
    "UpdateServiceDto": ".update_service_dto",
    "UpdateShippingFeeDto": ".update_shipping_fee_dto",
    "UpdateStockAdjustmentDto": ".update_stock_adjustment_dto",
    "UpdateStockTransferDto": ".update_stock_transfer_dto",
    "UpdateStockTransferStatusDto": ".update_stock_transfer_status_dto",
    "UpdateStockTransferStatusDtoStatus": ".update_stock_transfer_status_dto_status",
    "UpdateStocktakeDto": ".update_stocktake_dto",
    "UpdateStocktakeDtoStatus": ".update_stocktake_dto_status",
    "UpdateStocktakeRowDto": ".update_stocktake_row_dto",
    "UpdateWebhookDto": ".update_webhook_dto",
    "UpdateWebhookDtoSubscribedEventsItem": ".update_webhook_dto_subscribed_events_item",
    "User": ".user",
    "UserInfo": ".user_info",
    "UserList": ".user_list",
    "ValidationErrorDetail": ".validation_error_detail",
    "ValidationErrorDetailInfoType0": ".validation_error_detail_info_type_0",
    "ValidationErrorResponse": ".validation_error_response",
    "Variant": ".variant",
    "VariantAbcClassification": ".variant_abc_classification",
    "VariantBinLocation": ".variant_bin_location",
    "VariantBinLocationUpsertDto": ".variant_bin_location_upsert_dto",
    "VariantConfigAttribute": ".variant_config_attribute",
    "VariantCustomField": ".variant_custom_field",
    "VariantList": ".variant_list",
    "VariantProductOrMaterial": ".variant_product_or_material",
    "VariantProductOrMaterialConfig": ".variant_product_or_material_config",
    "VariantUpdateDto": ".variant_update_dto",
    "Webhook": ".webhook",
    "WebhookDto": ".webhook_dto",
    "WebhookDtoSubscribedEventsItem": ".webhook_dto_subscribed_events_item",
    "WebhookList": ".webhook_list",
    "WebhookLogsExport": ".webhook_logs_export",
    "WebhookLogsExportDto": ".webhook_logs_export_dto",
    "WebhookLogsExportDtoEvent": ".webhook_logs_export_dto_event",
    "WebhookSubscribedEventsType0Item": ".webhook_subscribed_events_type_0_item",
}

__all__ = (
    "AddSerialNumbersToEntityDto",
    "AddSerialNumbersToEntityDtoResourceType",
    "AddShippingFeeDto",
    "AdditionalCost",
    "AdditionalCostList",
    "AddressWithinSalesOrderCreateDto",
    "AddressWithinSalesOrderCreateDtoEntityType",
    "Batch",
    "BatchStock",
    "BatchStockList",
    "BinInventory",
    "BinInventoryList",
    "BinLocation",
    "BinLocationCreateDto",
    "BinLocationList",
    "BinLocationUpdateDto",
    "BinTransfer",
    "BinTransferList",
    "BinTransferRow",
    "BinTransferRowList",
    "BinTransferRowTraceability",
    "BinTransferStatus",
    "BomRow",
    "BomRowCreateDto",
    "BomRowList",
    "BomRowUpdateDto",
    "CompletePartiallyBatchDto",
    "CompletePartiallyMoDto",
    "ConfigAttributeDto",
    "CreateBatchDto",
    "CreateBatchTransactionDto",
    "CreateBatchTransactionForManufacturingOrderDto",
    "CreateBatchTransactionV2Dto",
    "CreateBinTransferDto",
    "CreateBinTransferRowDto",
    "CreateBomRowsBatchDto",
    "CreateCustomFieldDefinitionDto",
    "CreateCustomFieldDefinitionDtoOptionsType0",
    "CreateCustomerDto",
    "CreateInventoryReorderPointBody",
    "CreateInventorySafetyStockLevelBody",
    "CreateMakeToOrderManufacturingOrderDto",
    "CreateManufacturingOrderDto",
    "CreateManufacturingOrderDtoStatus",
    "CreateManufacturingOrderOperationRowDto",
    "CreateManufacturingOrderOperationRowDtoStatus",
    "CreateManufacturingOrderOperationRowDtoType",
    "CreateManufacturingOrderRecipeRowDto",
    "CreateMaterialConfigDto",
    "CreateMaterialDto",
    "CreateMaterialVariantDto",
    "CreateNestedBinTransferRowDto",
    "CreateOperatorDto",
    "CreatePoAdditionalCostRowDto",
    "CreatePoAdditionalCostRowDtoDistributionMethod",
    "CreatePriceListCustomerDto",
    "CreatePriceListCustomersDto",
    "CreatePriceListRowDto",
    "CreatePriceListRowDtoAdjustmentMethod",
    "CreatePriceListRowsDto",
    "CreateProductDto",
    "CreateProductVariantDto",
    "CreatePurchaseOrderDto",
    "CreatePurchaseOrderDtoEntityType",
    "CreatePurchaseOrderDtoStatus",
    "CreatePurchaseOrderRecipeRowDto",
    "CreatePurchaseOrderRowDto",
    "CreatePurchaseOrderRowWithPurchaseOrderIdDto",
    "CreateSalesOrderAddressDto",
    "CreateSalesOrderAddressDtoEntityType",
    "CreateSalesOrderDto",
    "CreateSalesOrderDtoCustomFieldsType0",
    "CreateSalesOrderDtoStatus",
    "CreateSalesOrderFulfillmentDto",
    "CreateSalesOrderFulfillmentDtoStatus",
    "CreateSalesOrderFulfillmentRowDto",
    "CreateSalesOrderRowAttributeDto",
    "CreateSalesOrderRowDto",
    "CreateSalesOrderRowDtoCustomFieldsType0",
    "CreateSalesOrderRowWithSalesOrderIdDto",
    "CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0",
    "CreateSalesReturnDto",
    "CreateServiceDto",
    "CreateServiceVariantDto",
    "CreateStockAdjustmentDto",
    "CreateStockAdjustmentRowDto",
    "CreateStockTransferDto",
    "CreateStockTransferRowDto",
    "CreateStockTransferRowDtoBatchTransactionsItem",
    "CreateStocktakeDto",
    "CreateStocktakeRowDto",
    "CreateStocktakeRowsDto",
    "CreateTaxRateDto",
    "CreateVariantAttributesDto",
    "CreateVariantDto",
    "CreateVariantDtoConfigAttributesItem",
    "CreateWebhookDto",
    "CreateWebhookDtoSubscribedEventsItem",
    "CustomFieldDefinition",
    "CustomFieldDefinitionList",
    "CustomFieldDefinitionOptions",
    "CustomFieldDefinitionOptionsChoice",
    "CustomFieldValueDto",
    "CustomFieldsCollection",
    "CustomFieldsCollectionList",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreateDto",
    "CustomerAddressCreateDtoEntityType",
    "CustomerAddressEntityType",
    "CustomerAddressInCustomerCreateDto",
    "CustomerAddressInCustomerCreateDtoEntityType",
    "CustomerAddressList",
    "CustomerAddressUpdateDto",
    "CustomerList",
    "CustomerUpdateDto",
    "DeleteSerialNumberDto",
    "DeleteSerialNumberDtoResourceType",
    "DemandForecast",
    "DemandForecastClearDto",
    "DemandForecastClearPeriod",
    "DemandForecastPeriod",
    "DemandForecastUpdateDto",
    "DemandForecastUpdatePeriod",
    "ErrorResponse",
    "Factory",
    "FactoryLegalAddress",
    "FindBinTransfersStatus",
    "FindPurchaseOrdersBillingStatus",
    "FindPurchaseOrdersEntityType",
    "FindPurchaseOrdersExtendItem",
    "FindPurchaseOrdersLastDocumentStatus",
    "FindPurchaseOrdersStatus",
    "FindStocktakesStatus",
    "GetAllInventoryMovementsResourceType",
    "GetAllInventoryPointExtendItem",
    "GetAllManufacturingOrderOperationRowsStatus",
    "GetAllManufacturingOrderRecipeRowsIngredientAvailability",
    "GetAllManufacturingOrdersStatus",
    "GetAllMaterialsExtendItem",
    "GetAllProductsExtendItem",
    "GetAllSalesOrderFulfillmentsInvoiceStatus",
    "GetAllSalesOrderFulfillmentsStatus",
    "GetAllSalesOrderRowsExtendItem",
    "GetAllSalesOrderRowsProductAvailability",
    "GetAllSalesOrdersIngredientAvailability",
    "GetAllSalesOrdersProductAvailability",
    "GetAllSalesOrdersProductionStatus",
    "GetAllSalesReturnsRefundStatus",
    "GetAllSalesReturnsStatus",
    "GetAllVariantsAbcClassification",
    "GetAllVariantsExtendItem",
    "GetAllVariantsType",
    "GetBinInventoryGranularity",
    "GetMaterialExtendItem",
    "GetOperatorsWorkingArea",
    "GetProductExtendItem",
    "GetPurchaseOrderAdditionalCostRowsDistributionMethod",
    "GetPurchaseOrderExtendItem",
    "GetSerialNumbersResourceType",
    "GetVariantExtendItem",
    "Inventory",
    "InventoryList",
    "InventoryMovement",
    "InventoryMovementList",
    "InventoryMovementResourceType",
    "InventoryReorderPoint",
    "InventorySafetyStockLevel",
    "ItemVariantConfigDto",
    "Location",
    "LocationAddress",
    "LocationList",
    "ManufacturingOrder",
    "ManufacturingOrderList",
    "ManufacturingOrderOperationRow",
    "ManufacturingOrderOperationRowAssignedOperator",
    "ManufacturingOrderOperationRowList",
    "ManufacturingOrderOperationRowStatus",
    "ManufacturingOrderOperationRowType",
    "ManufacturingOrderProduction",
    "ManufacturingOrderProductionIngredient",
    "ManufacturingOrderProductionList",
    "ManufacturingOrderProductionOperation",
    "ManufacturingOrderRecipeRow",
    "ManufacturingOrderRecipeRowBatchTransaction",
    "ManufacturingOrderRecipeRowIngredientAvailability",
    "ManufacturingOrderRecipeRowList",
    "ManufacturingOrderStatus",
    "Material",
    "MaterialConfig",
    "MaterialList",
    "MaterialUpdateDto",
    "NegativeStock",
    "NegativeStockList",
    "Operator",
    "OutsourcedPurchaseOrderRecipeRow",
    "OutsourcedPurchaseOrderRecipeRowBatchTransaction",
    "OutsourcedPurchaseOrderRecipeRowList",
    "PatchPriceListRowDto",
    "PatchPriceListRowDtoAdjustmentMethod",
    "PoAdditionalCostRow",
    "PoAdditionalCostRowDistributionMethod",
    "PoAdditionalCostRowList",
    "PriceList",
    "PriceListCreateDto",
    "PriceListCustomer",
    "PriceListCustomerList",
    "PriceListList",
    "PriceListPatchDto",
    "PriceListRow",
    "PriceListRowAdjustmentMethod",
    "PriceListRowList",
    "Product",
    "ProductConfig",
    "ProductList",
    "ProductOperationCreateDto",
    "ProductOperationRow",
    "ProductOperationRowCreateDto",
    "ProductOperationRowCreateDtoType",
    "ProductOperationRowList",
    "ProductOperationRowRankDto",
    "ProductOperationRowType",
    "ProductOperationRowUpdateDto",
    "ProductOperationRowUpdateDtoType",
    "ProductUpdateDto",
    "ProductionIngredientDto",
    "ProductionOperationDto",
    "PurchaseOrder",
    "PurchaseOrderAccountingMetadata",
    "PurchaseOrderAccountingMetadataList",
    "PurchaseOrderBillingStatus",
    "PurchaseOrderEntityType",
    "PurchaseOrderIngredientAvailability",
    "PurchaseOrderLastDocumentStatus",
    "PurchaseOrderList",
    "PurchaseOrderRow",
    "PurchaseOrderRowBatchTransaction",
    "PurchaseOrderRowList",
    "PurchaseOrderRowReceiveBatchDto",
    "PurchaseOrderRowReceiveDto",
    "PurchaseOrderStatus",
    "Recipe",
    "RecipeList",
    "RecipeRow",
    "RecipeRowCreateDto",
    "RecipeRowCreateManyDto",
    "RecipeRowUpdateDto",
    "RetrieveSalesOrderRowExtendItem",
    "ReturnReason",
    "ReturnableItem",
    "SalesOrder",
    "SalesOrderAccountingMetadata",
    "SalesOrderAccountingMetadataList",
    "SalesOrderAddress",
    "SalesOrderAddressEntityType",
    "SalesOrderAddressList",
    "SalesOrderCustomFields",
    "SalesOrderFulfillment",
    "SalesOrderFulfillmentInvoiceStatus",
    "SalesOrderFulfillmentList",
    "SalesOrderFulfillmentRow",
    "SalesOrderFulfillmentRowBatchTransaction",
    "SalesOrderFulfillmentRowTraceability",
    "SalesOrderFulfillmentStatus",
    "SalesOrderIngredientAvailability",
    "SalesOrderInvoicingStatus",
    "SalesOrderList",
    "SalesOrderProductAvailability",
    "SalesOrderProductionStatus",
    "SalesOrderRow",
    "SalesOrderRowAttribute",
    "SalesOrderRowBatchTransaction",
    "SalesOrderRowCustomFields",
    "SalesOrderRowList",
    "SalesOrderRowProductAvailability",
    "SalesOrderRowSerialNumberTransaction",
    "SalesOrderRowTraceability",
    "SalesOrderShippingFee",
    "SalesOrderShippingFeeList",
    "SalesOrderStatus",
    "SalesReturn",
    "SalesReturnList",
    "SalesReturnPatchDto",
    "SalesReturnPatchDtoStatus",
    "SalesReturnRefundStatus",
    "SalesReturnRow",
    "SalesReturnRowBatchTransaction",
    "SalesReturnRowCreateDto",
    "SalesReturnRowList",
    "SalesReturnRowPatchDto",
    "SalesReturnStatus",
    "SearchSalesOrderRowsDto",
    "SearchSalesOrderRowsDtoFilter",
    "SearchSalesOrderRowsDtoFilterWhere",
    "SearchSalesOrderRowsDtoFilterWhereAndItem",
    "SearchSalesOrderRowsDtoFilterWhereCreatedAtType4",
    "SearchSalesOrderRowsDtoFilterWhereCurrencyType4",
    "SearchSalesOrderRowsDtoFilterWhereCustomFieldsType4",
    "SearchSalesOrderRowsDtoFilterWhereDeliveryDateType4",
    "SearchSalesOrderRowsDtoFilterWhereIdType4",
    "SearchSalesOrderRowsDtoFilterWhereLocationIdType4",
    "SearchSalesOrderRowsDtoFilterWhereOrItem",
    "SearchSalesOrderRowsDtoFilterWherePricePerUnitType4",
    "SearchSalesOrderRowsDtoFilterWhereProductAvailabilityType4",
    "SearchSalesOrderRowsDtoFilterWhereQuantityType4",
    "SearchSalesOrderRowsDtoFilterWhereSalesOrderIdType4",
    "SearchSalesOrderRowsDtoFilterWhereShippingDateType4",
    "SearchSalesOrderRowsDtoFilterWhereTaxRateIdType4",
    "SearchSalesOrderRowsDtoFilterWhereTaxRateType4",
    "SearchSalesOrderRowsDtoFilterWhereTotalDiscountType4",
    "SearchSalesOrderRowsDtoFilterWhereUpdatedAtType4",
    "SearchSalesOrderRowsDtoFilterWhereVariantIdType4",
    "SearchSalesOrdersDto",
    "SearchSalesOrdersDtoFilter",
    "SearchSalesOrdersDtoFilterWhere",
    "SearchSalesOrdersDtoFilterWhereAndItem",
    "SearchSalesOrdersDtoFilterWhereCreatedAtType4",
    "SearchSalesOrdersDtoFilterWhereCurrencyType4",
    "SearchSalesOrdersDtoFilterWhereCustomFieldsType4",
    "SearchSalesOrdersDtoFilterWhereCustomerIdType4",
    "SearchSalesOrdersDtoFilterWhereCustomerRefType4",
    "SearchSalesOrdersDtoFilterWhereDeliveryDateType4",
    "SearchSalesOrdersDtoFilterWhereEcommerceOrderIdType4",
    "SearchSalesOrdersDtoFilterWhereEcommerceOrderTypeType4",
    "SearchSalesOrdersDtoFilterWhereEcommerceStoreNameType4",
    "SearchSalesOrdersDtoFilterWhereIdType4",
    "SearchSalesOrdersDtoFilterWhereIngredientAvailabilityType4",
    "SearchSalesOrdersDtoFilterWhereInvoicingStatusType4",
    "SearchSalesOrdersDtoFilterWhereLocationIdType4",
    "SearchSalesOrdersDtoFilterWhereOrItem",
    "SearchSalesOrdersDtoFilterWhereOrderCreatedDateType4",
    "SearchSalesOrdersDtoFilterWhereOrderNoType4",
    "SearchSalesOrdersDtoFilterWherePickedDateType4",
    "SearchSalesOrdersDtoFilterWhereProductAvailabilityType4",
    "SearchSalesOrdersDtoFilterWhereProductionStatusType4",
    "SearchSalesOrdersDtoFilterWhereSourceType4",
    "SearchSalesOrdersDtoFilterWhereStatusType4",
    "SearchSalesOrdersDtoFilterWhereTrackingNumberType4",
    "SearchSalesOrdersDtoFilterWhereUpdatedAtType4",
    "SerialNumber",
    "SerialNumberFailure",
    "SerialNumberResourceType",
    "SerialNumbersResult",
    "SerialNumbersStock",
    "SerialNumbersStockTransaction",
    "Service",
    "ServiceList",
    "StockAdjustment",
    "StockAdjustmentList",
    "StockAdjustmentRow",
    "StockAdjustmentRowBatchTransaction",
    "StockAdjustmentRowTraceability",
    "StockAdjustmentTraceabilityInputDto",
    "StockTransfer",
    "StockTransferList",
    "StockTransferRow",
    "StockTransferRowBatchTransaction",
    "StockTransferRowTraceability",
    "Stocktake",
    "StocktakeList",
    "StocktakeRow",
    "StocktakeRowList",
    "StocktakeStatus",
    "Supplier",
    "SupplierAddress",
    "SupplierAddressCreateDto",
    "SupplierAddressList",
    "SupplierAddressNestedCreateDto",
    "SupplierAddressPatchDto",
    "SupplierCreateDto",
    "SupplierList",
    "SupplierUpdateDto",
    "TaxRate",
    "TaxRateList",
    "TraceabilityInputDto",
    "TraceabilityInputItemDto",
    "UnassignedBatchTransaction",
    "UnlinkBinLocationDto",
    "UnlinkManufacturingOrderDto",
    "UpdateBatchDto",
    "UpdateBatchTransactionDto",
    "UpdateBinTransferDto",
    "UpdateBinTransferRowDto",
    "UpdateBinTransferStatusDto",
    "UpdateBinTransferStatusDtoStatus",
    "UpdateCustomFieldDefinitionDto",
    "UpdateCustomFieldDefinitionDtoOptionsType0",
    "UpdateManufacturingOrderDto",
    "UpdateManufacturingOrderDtoStatus",
    "UpdateManufacturingOrderOperationRowDto",
    "UpdateManufacturingOrderOperationRowDtoStatus",
    "UpdateManufacturingOrderOperationRowDtoType",
    "UpdateManufacturingOrderProductionDto",
    "UpdateManufacturingOrderProductionIngredientDto",
    "UpdateManufacturingOrderRecipeRowDto",
    "UpdateOperatorDto",
    "UpdatePoAdditionalCostRowDto",
    "UpdatePoAdditionalCostRowDtoDistributionMethod",
    "UpdatePriceListCustomerDto",
    "UpdatePurchaseOrderDto",
    "UpdatePurchaseOrderDtoStatus",
    "UpdatePurchaseOrderRecipeRowDto",
    "UpdatePurchaseOrderRowDto",
    "UpdateSalesOrderAddressDto",
    "UpdateSalesOrderDto",
    "UpdateSalesOrderDtoCustomFieldsType0",
    "UpdateSalesOrderDtoStatus",
    "UpdateSalesOrderFulfillmentDto",
    "UpdateSalesOrderFulfillmentDtoStatus",
    "UpdateSalesOrderRowDto",
    "UpdateSalesOrderRowDtoCustomFieldsType0",
    "UpdateSerialNumberTransactionDto",
    "UpdateServiceDto",
    "UpdateShippingFeeDto",
    "UpdateStockAdjustmentDto",
    "UpdateStockTransferDto",
    "UpdateStockTransferStatusDto",
    "UpdateStockTransferStatusDtoStatus",
    "UpdateStocktakeDto",
    "UpdateStocktakeDtoStatus",
    "UpdateStocktakeRowDto",
    "UpdateWebhookDto",
    "UpdateWebhookDtoSubscribedEventsItem",
    "User",
    "UserInfo",
    "UserList",
    "ValidationErrorDetail",
    "ValidationErrorDetailInfoType0",
    "ValidationErrorResponse",
    "Variant",
    "VariantAbcClassification",
    "VariantBinLocation",
    "VariantBinLocationUpsertDto",
    "VariantConfigAttribute",
    "VariantCustomField",
    "VariantList",
    "VariantProductOrMaterial",
    "VariantProductOrMaterialConfig",
    "VariantUpdateDto",
    "Webhook",
    "WebhookDto",
    "WebhookDtoSubscribedEventsItem",
    "WebhookList",
    "WebhookLogsExport",
    "WebhookLogsExportDto",
    "WebhookLogsExportDtoEvent",
    "WebhookSubscribedEventsType0Item",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
