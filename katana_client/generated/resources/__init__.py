"""The resources of the Katana API, as attributes of `KatanaClient` (generated; do not edit).

`KatanaClient` inherits `Resources`: `client.products`, `client.sales_orders`, ... Each
attribute imports its module (and so its endpoints and models) on first access only,
so `import katana_client` stays cheap and an application pays for what it uses.
Type checkers and editors see every attribute with its class.

`RESOURCES` maps each attribute to its module and class, and `ACTIONS` each attribute
to its actions and the operationId each calls, for tools and tests that walk the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import httpx

    from .additional_costs import AdditionalCostsResource, AdditionalCostsSyncResource
    from .batch_stocks import BatchStocksResource, BatchStocksSyncResource
    from .batches import BatchesResource, BatchesSyncResource
    from .bin_inventory import BinInventoryResource, BinInventorySyncResource
    from .bin_locations import BinLocationsResource, BinLocationsSyncResource
    from .bin_transfer_rows import BinTransferRowsResource, BinTransferRowsSyncResource
    from .bin_transfers import BinTransfersResource, BinTransfersSyncResource
    from .bom_rows import BomRowsResource, BomRowsSyncResource
    from .custom_field_definitions import (
        CustomFieldDefinitionsResource,
        CustomFieldDefinitionsSyncResource,
    )
    from .custom_fields_collections import (
        CustomFieldsCollectionsResource,
        CustomFieldsCollectionsSyncResource,
    )
    from .customer_addresses import CustomerAddressesResource, CustomerAddressesSyncResource
    from .customers import CustomersResource, CustomersSyncResource
    from .demand_forecasts import DemandForecastsResource, DemandForecastsSyncResource
    from .factory import FactoryResource, FactorySyncResource
    from .inventory import InventoryResource, InventorySyncResource
    from .locations import LocationsResource, LocationsSyncResource
    from .manufacturing_order_operation_rows import (
        ManufacturingOrderOperationRowsResource,
        ManufacturingOrderOperationRowsSyncResource,
    )
    from .manufacturing_order_production_ingredients import (
        ManufacturingOrderProductionIngredientsResource,
        ManufacturingOrderProductionIngredientsSyncResource,
    )
    from .manufacturing_order_productions import (
        ManufacturingOrderProductionsResource,
        ManufacturingOrderProductionsSyncResource,
    )
    from .manufacturing_order_recipe_rows import (
        ManufacturingOrderRecipeRowsResource,
        ManufacturingOrderRecipeRowsSyncResource,
    )
    from .manufacturing_orders import ManufacturingOrdersResource, ManufacturingOrdersSyncResource
    from .materials import MaterialsResource, MaterialsSyncResource
    from .negative_stock import NegativeStockResource, NegativeStockSyncResource
    from .operators import OperatorsResource, OperatorsSyncResource
    from .outsourced_purchase_order_recipe_rows import (
        OutsourcedPurchaseOrderRecipeRowsResource,
        OutsourcedPurchaseOrderRecipeRowsSyncResource,
    )
    from .po_additional_cost_rows import (
        PoAdditionalCostRowsResource,
        PoAdditionalCostRowsSyncResource,
    )
    from .price_list_customers import PriceListCustomersResource, PriceListCustomersSyncResource
    from .price_list_rows import PriceListRowsResource, PriceListRowsSyncResource
    from .price_lists import PriceListsResource, PriceListsSyncResource
    from .product_operation_rows import (
        ProductOperationRowsResource,
        ProductOperationRowsSyncResource,
    )
    from .products import ProductsResource, ProductsSyncResource
    from .purchase_order_accounting_metadata import (
        PurchaseOrderAccountingMetadataResource,
        PurchaseOrderAccountingMetadataSyncResource,
    )
    from .purchase_order_rows import PurchaseOrderRowsResource, PurchaseOrderRowsSyncResource
    from .purchase_orders import PurchaseOrdersResource, PurchaseOrdersSyncResource
    from .recipe_rows import RecipeRowsResource, RecipeRowsSyncResource
    from .recipes import RecipesResource, RecipesSyncResource
    from .sales_order_accounting_metadata import (
        SalesOrderAccountingMetadataResource,
        SalesOrderAccountingMetadataSyncResource,
    )
    from .sales_order_addresses import SalesOrderAddressesResource, SalesOrderAddressesSyncResource
    from .sales_order_fulfillments import (
        SalesOrderFulfillmentsResource,
        SalesOrderFulfillmentsSyncResource,
    )
    from .sales_order_rows import SalesOrderRowsResource, SalesOrderRowsSyncResource
    from .sales_order_shipping_fees import (
        SalesOrderShippingFeesResource,
        SalesOrderShippingFeesSyncResource,
    )
    from .sales_orders import SalesOrdersResource, SalesOrdersSyncResource
    from .sales_return_rows import SalesReturnRowsResource, SalesReturnRowsSyncResource
    from .sales_returns import SalesReturnsResource, SalesReturnsSyncResource
    from .serial_numbers import SerialNumbersResource, SerialNumbersSyncResource
    from .serial_numbers_stock import SerialNumbersStockResource, SerialNumbersStockSyncResource
    from .services import ServicesResource, ServicesSyncResource
    from .stock_adjustments import StockAdjustmentsResource, StockAdjustmentsSyncResource
    from .stock_transfers import StockTransfersResource, StockTransfersSyncResource
    from .stocktake_rows import StocktakeRowsResource, StocktakeRowsSyncResource
    from .stocktakes import StocktakesResource, StocktakesSyncResource
    from .supplier_addresses import SupplierAddressesResource, SupplierAddressesSyncResource
    from .suppliers import SuppliersResource, SuppliersSyncResource
    from .tax_rates import TaxRatesResource, TaxRatesSyncResource
    from .users import UsersResource, UsersSyncResource
    from .variant_bin_locations import VariantBinLocationsResource, VariantBinLocationsSyncResource
    from .variants import VariantsResource, VariantsSyncResource
    from .webhook_logs import WebhookLogsResource, WebhookLogsSyncResource
    from .webhooks import WebhooksResource, WebhooksSyncResource

__all__ = ["ACTIONS", "RESOURCES", "Resources", "SyncResources"]

RESOURCES: Final[Mapping[str, tuple[str, str]]] = {
    "additional_costs": (
        "katana_client.generated.resources.additional_costs",
        "AdditionalCostsResource",
    ),
    "batch_stocks": ("katana_client.generated.resources.batch_stocks", "BatchStocksResource"),
    "batches": ("katana_client.generated.resources.batches", "BatchesResource"),
    "bin_inventory": ("katana_client.generated.resources.bin_inventory", "BinInventoryResource"),
    "bin_locations": ("katana_client.generated.resources.bin_locations", "BinLocationsResource"),
    "bin_transfer_rows": (
        "katana_client.generated.resources.bin_transfer_rows",
        "BinTransferRowsResource",
    ),
    "bin_transfers": ("katana_client.generated.resources.bin_transfers", "BinTransfersResource"),
    "bom_rows": ("katana_client.generated.resources.bom_rows", "BomRowsResource"),
    "custom_field_definitions": (
        "katana_client.generated.resources.custom_field_definitions",
        "CustomFieldDefinitionsResource",
    ),
    "custom_fields_collections": (
        "katana_client.generated.resources.custom_fields_collections",
        "CustomFieldsCollectionsResource",
    ),
    "customer_addresses": (
        "katana_client.generated.resources.customer_addresses",
        "CustomerAddressesResource",
    ),
    "customers": ("katana_client.generated.resources.customers", "CustomersResource"),
    "demand_forecasts": (
        "katana_client.generated.resources.demand_forecasts",
        "DemandForecastsResource",
    ),
    "factory": ("katana_client.generated.resources.factory", "FactoryResource"),
    "inventory": ("katana_client.generated.resources.inventory", "InventoryResource"),
    "locations": ("katana_client.generated.resources.locations", "LocationsResource"),
    "manufacturing_order_operation_rows": (
        "katana_client.generated.resources.manufacturing_order_operation_rows",
        "ManufacturingOrderOperationRowsResource",
    ),
    "manufacturing_order_production_ingredients": (
        "katana_client.generated.resources.manufacturing_order_production_ingredients",
        "ManufacturingOrderProductionIngredientsResource",
    ),
    "manufacturing_order_productions": (
        "katana_client.generated.resources.manufacturing_order_productions",
        "ManufacturingOrderProductionsResource",
    ),
    "manufacturing_order_recipe_rows": (
        "katana_client.generated.resources.manufacturing_order_recipe_rows",
        "ManufacturingOrderRecipeRowsResource",
    ),
    "manufacturing_orders": (
        "katana_client.generated.resources.manufacturing_orders",
        "ManufacturingOrdersResource",
    ),
    "materials": ("katana_client.generated.resources.materials", "MaterialsResource"),
    "negative_stock": ("katana_client.generated.resources.negative_stock", "NegativeStockResource"),
    "operators": ("katana_client.generated.resources.operators", "OperatorsResource"),
    "outsourced_purchase_order_recipe_rows": (
        "katana_client.generated.resources.outsourced_purchase_order_recipe_rows",
        "OutsourcedPurchaseOrderRecipeRowsResource",
    ),
    "po_additional_cost_rows": (
        "katana_client.generated.resources.po_additional_cost_rows",
        "PoAdditionalCostRowsResource",
    ),
    "price_list_customers": (
        "katana_client.generated.resources.price_list_customers",
        "PriceListCustomersResource",
    ),
    "price_list_rows": (
        "katana_client.generated.resources.price_list_rows",
        "PriceListRowsResource",
    ),
    "price_lists": ("katana_client.generated.resources.price_lists", "PriceListsResource"),
    "product_operation_rows": (
        "katana_client.generated.resources.product_operation_rows",
        "ProductOperationRowsResource",
    ),
    "products": ("katana_client.generated.resources.products", "ProductsResource"),
    "purchase_order_accounting_metadata": (
        "katana_client.generated.resources.purchase_order_accounting_metadata",
        "PurchaseOrderAccountingMetadataResource",
    ),
    "purchase_order_rows": (
        "katana_client.generated.resources.purchase_order_rows",
        "PurchaseOrderRowsResource",
    ),
    "purchase_orders": (
        "katana_client.generated.resources.purchase_orders",
        "PurchaseOrdersResource",
    ),
    "recipe_rows": ("katana_client.generated.resources.recipe_rows", "RecipeRowsResource"),
    "recipes": ("katana_client.generated.resources.recipes", "RecipesResource"),
    "sales_order_accounting_metadata": (
        "katana_client.generated.resources.sales_order_accounting_metadata",
        "SalesOrderAccountingMetadataResource",
    ),
    "sales_order_addresses": (
        "katana_client.generated.resources.sales_order_addresses",
        "SalesOrderAddressesResource",
    ),
    "sales_order_fulfillments": (
        "katana_client.generated.resources.sales_order_fulfillments",
        "SalesOrderFulfillmentsResource",
    ),
    "sales_order_rows": (
        "katana_client.generated.resources.sales_order_rows",
        "SalesOrderRowsResource",
    ),
    "sales_order_shipping_fees": (
        "katana_client.generated.resources.sales_order_shipping_fees",
        "SalesOrderShippingFeesResource",
    ),
    "sales_orders": ("katana_client.generated.resources.sales_orders", "SalesOrdersResource"),
    "sales_return_rows": (
        "katana_client.generated.resources.sales_return_rows",
        "SalesReturnRowsResource",
    ),
    "sales_returns": ("katana_client.generated.resources.sales_returns", "SalesReturnsResource"),
    "serial_numbers": ("katana_client.generated.resources.serial_numbers", "SerialNumbersResource"),
    "serial_numbers_stock": (
        "katana_client.generated.resources.serial_numbers_stock",
        "SerialNumbersStockResource",
    ),
    "services": ("katana_client.generated.resources.services", "ServicesResource"),
    "stock_adjustments": (
        "katana_client.generated.resources.stock_adjustments",
        "StockAdjustmentsResource",
    ),
    "stock_transfers": (
        "katana_client.generated.resources.stock_transfers",
        "StockTransfersResource",
    ),
    "stocktake_rows": ("katana_client.generated.resources.stocktake_rows", "StocktakeRowsResource"),
    "stocktakes": ("katana_client.generated.resources.stocktakes", "StocktakesResource"),
    "supplier_addresses": (
        "katana_client.generated.resources.supplier_addresses",
        "SupplierAddressesResource",
    ),
    "suppliers": ("katana_client.generated.resources.suppliers", "SuppliersResource"),
    "tax_rates": ("katana_client.generated.resources.tax_rates", "TaxRatesResource"),
    "users": ("katana_client.generated.resources.users", "UsersResource"),
    "variant_bin_locations": (
        "katana_client.generated.resources.variant_bin_locations",
        "VariantBinLocationsResource",
    ),
    "variants": ("katana_client.generated.resources.variants", "VariantsResource"),
    "webhook_logs": ("katana_client.generated.resources.webhook_logs", "WebhookLogsResource"),
    "webhooks": ("katana_client.generated.resources.webhooks", "WebhooksResource"),
}

ACTIONS: Final[Mapping[str, Mapping[str, str]]] = {
    "additional_costs": {
        "list": "getAdditionalCosts",
    },
    "batch_stocks": {
        "list": "getBatchStock",
        "update": "updateBatchStock",
    },
    "batches": {
        "create": "createBatch",
    },
    "bin_inventory": {
        "list": "getBinInventory",
    },
    "bin_locations": {
        "list": "getAllBinLocations",
        "create": "createBinLocation",
        "update": "updateBinLocation",
        "delete": "deleteBinLocation",
    },
    "bin_transfer_rows": {
        "list": "findBinTransferRows",
        "get": "getBinTransferRow",
        "create": "createBinTransferRow",
        "update": "updateBinTransferRow",
        "delete": "deleteBinTransferRow",
    },
    "bin_transfers": {
        "list": "findBinTransfers",
        "get": "getBinTransfer",
        "create": "createBinTransfer",
        "update": "updateBinTransfer",
        "delete": "deleteBinTransfer",
        "update_status": "updateBinTransferStatus",
    },
    "bom_rows": {
        "list": "getAllBomRows",
        "create": "batchCreateBomRows",
        "update": "updateBomRow",
        "delete": "deleteBomRow",
        "batch_create": "createBomRow",
    },
    "custom_field_definitions": {
        "list": "getAllCustomFieldDefinitions",
        "get": "getCustomFieldDefinition",
        "create": "createCustomFieldDefinition",
        "update": "updateCustomFieldDefinition",
        "delete": "deleteCustomFieldDefinition",
    },
    "custom_fields_collections": {
        "list": "getCustomFieldsCollections",
    },
    "customer_addresses": {
        "list": "getCustomerAddresses",
        "create": "createCustomerAddress",
        "update": "updateCustomerAddress",
        "delete": "deleteCustomerAddress",
    },
    "customers": {
        "list": "getAllCustomers",
        "create": "createCustomer",
        "update": "updateCustomer",
        "delete": "deleteCustomer",
    },
    "demand_forecasts": {
        "get": "getDemandForecasts",
        "create": "createDemandForecast",
        "delete": "deleteDemandForecast",
    },
    "factory": {
        "get": "getFactory",
    },
    "inventory": {
        "list": "getAllInventoryPoint",
        "create_reorder_point": "createInventoryReorderPoint",
        "create_safety_stock_level": "createInventorySafetyStockLevel",
        "movements": "getAllInventoryMovements",
    },
    "locations": {
        "list": "getAllLocations",
        "get": "getLocation",
    },
    "manufacturing_order_operation_rows": {
        "list": "getAllManufacturingOrderOperationRows",
        "get": "getManufacturingOrderOperationRow",
        "create": "createManufacturingOrderOperationRow",
        "update": "updateManufacturingOrderOperationRow",
        "delete": "deleteManufacturingOrderOperationRow",
    },
    "manufacturing_order_production_ingredients": {
        "update": "updateManufacturingOrderProductionIngredient",
    },
    "manufacturing_order_productions": {
        "list": "getAllManufacturingOrderProductions",
        "get": "getManufacturingOrderProduction",
        "create": "createManufacturingOrderProduction",
        "update": "updateManufacturingOrderProduction",
        "delete": "deleteManufacturingOrderProduction",
    },
    "manufacturing_order_recipe_rows": {
        "list": "getAllManufacturingOrderRecipeRows",
        "get": "getManufacturingOrderRecipeRow",
        "create": "createManufacturingOrderRecipeRows",
        "update": "updateManufacturingOrderRecipeRows",
        "delete": "deleteManufacturingOrderRecipeRow",
    },
    "manufacturing_orders": {
        "list": "getAllManufacturingOrders",
        "get": "getManufacturingOrder",
        "create": "createManufacturingOrder",
        "update": "updateManufacturingOrder",
        "delete": "deleteManufacturingOrder",
        "make_to_order": "makeToOrderManufacturingOrder",
        "unlink": "unlinkManufacturingOrder",
    },
    "materials": {
        "list": "getAllMaterials",
        "get": "getMaterial",
        "create": "createMaterial",
        "update": "updateMaterial",
        "delete": "deleteMaterial",
    },
    "negative_stock": {
        "list": "getAllNegativeStock",
    },
    "operators": {
        "list": "getOperators",
    },
    "outsourced_purchase_order_recipe_rows": {
        "list": "getAllPurchaseOrderRecipeRows",
        "get": "getPurchaseOrderRecipeRow",
        "create": "createPurchaseOrderRecipeRow",
        "update": "updatePurchaseOrderRecipeRow",
        "delete": "deletePurchaseOrderRecipeRow",
    },
    "po_additional_cost_rows": {
        "list": "getPurchaseOrderAdditionalCostRows",
        "get": "getPoAdditionalCostRow",
        "create": "createPoAdditionalCostRow",
        "update": "updateAdditionalCostRow",
        "delete": "deletePoAdditionalCost",
    },
    "price_list_customers": {
        "list": "getAllPriceListCustomers",
        "get": "getPriceListCustomer",
        "create": "createPriceListCustomer",
        "update": "updatePriceListCustomer",
        "delete": "deletePriceListCustomer",
    },
    "price_list_rows": {
        "list": "getAllPriceListRows",
        "get": "getPriceListRow",
        "create": "createPriceListRow",
        "update": "updatePriceListRow",
        "delete": "deletePriceListRow",
    },
    "price_lists": {
        "list": "getAllPriceLists",
        "get": "getPriceList",
        "create": "createPriceList",
        "update": "updatePriceList",
        "delete": "deletePriceList",
    },
    "product_operation_rows": {
        "list": "getAllProductOperationRows",
        "create": "createProductOperationRows",
        "update": "updateProductOperationRow",
        "delete": "deleteProductOperationRow",
        "rerank": "reRankProductOperation",
    },
    "products": {
        "list": "getAllProducts",
        "get": "getProduct",
        "create": "createProduct",
        "update": "updateProduct",
        "delete": "deleteProduct",
    },
    "purchase_order_accounting_metadata": {
        "list": "getAllPurchaseOrderAccountingMetadata",
    },
    "purchase_order_rows": {
        "list": "getAllPurchaseOrderRows",
        "get": "getPurchaseOrderRow",
        "create": "createPurchaseOrderRow",
        "update": "updatePurchaseOrderRow",
        "delete": "deletePurchaseOrderRow",
    },
    "purchase_orders": {
        "list": "findPurchaseOrders",
        "get": "getPurchaseOrder",
        "create": "createPurchaseOrder",
        "update": "updatePurchaseOrder",
        "delete": "deletePurchaseOrder",
        "receive": "receivePurchaseOrder",
    },
    "recipe_rows": {
        "update": "updateRecipeRow",
        "delete": "deleteRecipeRow",
    },
    "recipes": {
        "list": "getAllRecipes",
        "create": "createRecipes",
        "delete": "deleteRecipe",
    },
    "sales_order_accounting_metadata": {
        "list": "getAllSalesOrderAccountingMetadata",
    },
    "sales_order_addresses": {
        "list": "getSalesOrderAddresses",
        "create": "createSalesOrderAddress",
        "update": "updateSalesOrderAddress",
        "delete": "deleteSalesOrderAddress",
    },
    "sales_order_fulfillments": {
        "list": "getAllSalesOrderFulfillments",
        "get": "getSalesOrderFulfillment",
        "create": "createSalesOrderFulfillment",
        "update": "updateSalesOrderFulfillment",
        "delete": "deleteSalesOrderFulfillment",
    },
    "sales_order_rows": {
        "list": "getAllSalesOrderRows",
        "get": "retrieveSalesOrderRow",
        "create": "createSalesOrderRow",
        "update": "updateSalesOrderRow",
        "delete": "deleteSalesOrderRow",
        "search": "searchSalesOrderRows",
    },
    "sales_order_shipping_fees": {
        "list": "getAllShippingFees",
        "get": "getShippingFee",
        "create": "addShippingFee",
        "update": "updateShippingFee",
        "delete": "deleteShippingFee",
    },
    "sales_orders": {
        "list": "getAllSalesOrders",
        "get": "getSalesOrder",
        "create": "createSalesOrder",
        "update": "updateSalesOrder",
        "delete": "deleteSalesOrder",
        "returnable_items": "getReturnableItems",
        "search": "searchSalesOrders",
    },
    "sales_return_rows": {
        "list": "getAllSalesReturnRows",
        "get": "getSalesReturnRow",
        "create": "createSalesReturnRow",
        "update": "updateSalesReturnRow",
        "delete": "deleteSalesReturnRow",
        "unassigned_batch_transactions": "getSalesReturnRowUnassignedBatchTransactions",
    },
    "sales_returns": {
        "list": "getAllSalesReturns",
        "get": "getSalesReturn",
        "create": "createSalesReturn",
        "update": "updateSalesReturn",
        "delete": "deleteSalesReturn",
        "return_reasons": "getReturnReasons",
    },
    "serial_numbers": {
        "list": "getSerialNumbers",
        "create": "createSerialNumbers",
        "delete": "deleteSerialNumbers",
        "stock": "getSerialNumbersStock",
    },
    "serial_numbers_stock": {
        "list": "getSerialNumberStock",
    },
    "services": {
        "list": "getAllServices",
        "get": "getService",
        "create": "createService",
        "update": "updateService",
        "delete": "deleteService",
    },
    "stock_adjustments": {
        "list": "findStockAdjustments",
        "create": "createStockAdjustment",
        "update": "updateStockAdjustment",
        "delete": "deleteStockAdjustment",
    },
    "stock_transfers": {
        "list": "findStockTransfers",
        "create": "createStockTransfer",
        "update": "updateStockTransfer",
        "delete": "deleteStockTransfer",
        "update_status": "updateStockTransferStatus",
    },
    "stocktake_rows": {
        "list": "findStocktakeRows",
        "create": "createStocktakeRows",
        "update": "updateStocktakeRowById",
        "delete": "deleteStocktakeRowById",
    },
    "stocktakes": {
        "list": "findStocktakes",
        "create": "createStocktake",
        "update": "updateStocktakeById",
        "delete": "deleteStocktakeById",
    },
    "supplier_addresses": {
        "list": "getSupplierAddresses",
        "create": "createSupplierAddress",
        "update": "updateSupplierAddress",
        "delete": "deleteSupplierAddress",
    },
    "suppliers": {
        "list": "getAllSuppliers",
        "create": "createSupplier",
        "update": "updateSupplier",
        "delete": "deleteSupplier",
    },
    "tax_rates": {
        "list": "getAllTaxRates",
        "create": "createTaxRate",
    },
    "users": {
        "list": "getAllUsers",
        "user_info": "getUserInfo",
    },
    "variant_bin_locations": {
        "link": "linkVariantDefaultStorageBins",
        "unlink": "unlinkVariantDefaultStorageBins",
    },
    "variants": {
        "list": "getAllVariants",
        "get": "getVariant",
        "create": "createVariant",
        "update": "updateVariant",
        "delete": "deleteVariant",
    },
    "webhook_logs": {
        "export": "exportWebhookLogs",
    },
    "webhooks": {
        "list": "getAllWebhooks",
        "get": "getWebhook",
        "create": "createWebhook",
        "update": "updateWebhook",
        "delete": "deleteWebhook",
    },
}


class Resources:
    """One attribute per resource of the Katana API; `KatanaClient` inherits them."""

    if TYPE_CHECKING:

        def get_async_httpx_client(self) -> httpx.AsyncClient:
            """Provided by `KatanaClient`."""
            ...

    @cached_property
    def additional_costs(self) -> AdditionalCostsResource:
        """`additional_costs`: `list`."""
        from .additional_costs import AdditionalCostsResource

        return AdditionalCostsResource(self)

    @cached_property
    def batch_stocks(self) -> BatchStocksResource:
        """`batch_stocks`: `list`, `update`."""
        from .batch_stocks import BatchStocksResource

        return BatchStocksResource(self)

    @cached_property
    def batches(self) -> BatchesResource:
        """`batches`: `create`."""
        from .batches import BatchesResource

        return BatchesResource(self)

    @cached_property
    def bin_inventory(self) -> BinInventoryResource:
        """`bin_inventory`: `list`."""
        from .bin_inventory import BinInventoryResource

        return BinInventoryResource(self)

    @cached_property
    def bin_locations(self) -> BinLocationsResource:
        """`bin_locations`: `list`, `create`, `update`, `delete`."""
        from .bin_locations import BinLocationsResource

        return BinLocationsResource(self)

    @cached_property
    def bin_transfer_rows(self) -> BinTransferRowsResource:
        """`bin_transfer_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .bin_transfer_rows import BinTransferRowsResource

        return BinTransferRowsResource(self)

    @cached_property
    def bin_transfers(self) -> BinTransfersResource:
        """`bin_transfers`: `list`, `get`, `create`, `update`, `delete`, `update_status`."""
        from .bin_transfers import BinTransfersResource

        return BinTransfersResource(self)

    @cached_property
    def bom_rows(self) -> BomRowsResource:
        """`bom_rows`: `list`, `create`, `update`, `delete`, `batch_create`."""
        from .bom_rows import BomRowsResource

        return BomRowsResource(self)

    @cached_property
    def custom_field_definitions(self) -> CustomFieldDefinitionsResource:
        """`custom_field_definitions`: `list`, `get`, `create`, `update`, `delete`."""
        from .custom_field_definitions import CustomFieldDefinitionsResource

        return CustomFieldDefinitionsResource(self)

    @cached_property
    def custom_fields_collections(self) -> CustomFieldsCollectionsResource:
        """`custom_fields_collections`: `list`."""
        from .custom_fields_collections import CustomFieldsCollectionsResource

        return CustomFieldsCollectionsResource(self)

    @cached_property
    def customer_addresses(self) -> CustomerAddressesResource:
        """`customer_addresses`: `list`, `create`, `update`, `delete`."""
        from .customer_addresses import CustomerAddressesResource

        return CustomerAddressesResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        """`customers`: `list`, `create`, `update`, `delete`."""
        from .customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def demand_forecasts(self) -> DemandForecastsResource:
        """`demand_forecasts`: `get`, `create`, `delete`."""
        from .demand_forecasts import DemandForecastsResource

        return DemandForecastsResource(self)

    @cached_property
    def factory(self) -> FactoryResource:
        """`factory`: `get`."""
        from .factory import FactoryResource

        return FactoryResource(self)

    @cached_property
    def inventory(self) -> InventoryResource:
        """`inventory`: `list`, `create_reorder_point`, `create_safety_stock_level`, `movements`."""
        from .inventory import InventoryResource

        return InventoryResource(self)

    @cached_property
    def locations(self) -> LocationsResource:
        """`locations`: `list`, `get`."""
        from .locations import LocationsResource

        return LocationsResource(self)

    @cached_property
    def manufacturing_order_operation_rows(self) -> ManufacturingOrderOperationRowsResource:
        """`manufacturing_order_operation_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .manufacturing_order_operation_rows import ManufacturingOrderOperationRowsResource

        return ManufacturingOrderOperationRowsResource(self)

    @cached_property
    def manufacturing_order_production_ingredients(
        self,
    ) -> ManufacturingOrderProductionIngredientsResource:
        """`manufacturing_order_production_ingredients`: `update`."""
        from .manufacturing_order_production_ingredients import (
            ManufacturingOrderProductionIngredientsResource,
        )

        return ManufacturingOrderProductionIngredientsResource(self)

    @cached_property
    def manufacturing_order_productions(self) -> ManufacturingOrderProductionsResource:
        """`manufacturing_order_productions`: `list`, `get`, `create`, `update`, `delete`."""
        from .manufacturing_order_productions import ManufacturingOrderProductionsResource

        return ManufacturingOrderProductionsResource(self)

    @cached_property
    def manufacturing_order_recipe_rows(self) -> ManufacturingOrderRecipeRowsResource:
        """`manufacturing_order_recipe_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .manufacturing_order_recipe_rows import ManufacturingOrderRecipeRowsResource

        return ManufacturingOrderRecipeRowsResource(self)

    @cached_property
    def manufacturing_orders(self) -> ManufacturingOrdersResource:
        """`manufacturing_orders`: `list`, `get`, `create`, `update`, `delete`, `make_to_order`, `unlink`."""
        from .manufacturing_orders import ManufacturingOrdersResource

        return ManufacturingOrdersResource(self)

    @cached_property
    def materials(self) -> MaterialsResource:
        """`materials`: `list`, `get`, `create`, `update`, `delete`."""
        from .materials import MaterialsResource

        return MaterialsResource(self)

    @cached_property
    def negative_stock(self) -> NegativeStockResource:
        """`negative_stock`: `list`."""
        from .negative_stock import NegativeStockResource

        return NegativeStockResource(self)

    @cached_property
    def operators(self) -> OperatorsResource:
        """`operators`: `list`."""
        from .operators import OperatorsResource

        return OperatorsResource(self)

    @cached_property
    def outsourced_purchase_order_recipe_rows(self) -> OutsourcedPurchaseOrderRecipeRowsResource:
        """`outsourced_purchase_order_recipe_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .outsourced_purchase_order_recipe_rows import OutsourcedPurchaseOrderRecipeRowsResource

        return OutsourcedPurchaseOrderRecipeRowsResource(self)

    @cached_property
    def po_additional_cost_rows(self) -> PoAdditionalCostRowsResource:
        """`po_additional_cost_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .po_additional_cost_rows import PoAdditionalCostRowsResource

        return PoAdditionalCostRowsResource(self)

    @cached_property
    def price_list_customers(self) -> PriceListCustomersResource:
        """`price_list_customers`: `list`, `get`, `create`, `update`, `delete`."""
        from .price_list_customers import PriceListCustomersResource

        return PriceListCustomersResource(self)

    @cached_property
    def price_list_rows(self) -> PriceListRowsResource:
        """`price_list_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .price_list_rows import PriceListRowsResource

        return PriceListRowsResource(self)

    @cached_property
    def price_lists(self) -> PriceListsResource:
        """`price_lists`: `list`, `get`, `create`, `update`, `delete`."""
        from .price_lists import PriceListsResource

        return PriceListsResource(self)

    @cached_property
    def product_operation_rows(self) -> ProductOperationRowsResource:
        """`product_operation_rows`: `list`, `create`, `update`, `delete`, `rerank`."""
        from .product_operation_rows import ProductOperationRowsResource

        return ProductOperationRowsResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        """`products`: `list`, `get`, `create`, `update`, `delete`."""
        from .products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def purchase_order_accounting_metadata(self) -> PurchaseOrderAccountingMetadataResource:
        """`purchase_order_accounting_metadata`: `list`."""
        from .purchase_order_accounting_metadata import PurchaseOrderAccountingMetadataResource

        return PurchaseOrderAccountingMetadataResource(self)

    @cached_property
    def purchase_order_rows(self) -> PurchaseOrderRowsResource:
        """`purchase_order_rows`: `list`, `get`, `create`, `update`, `delete`."""
        from .purchase_order_rows import PurchaseOrderRowsResource

        return PurchaseOrderRowsResource(self)

    @cached_property
    def purchase_orders(self) -> PurchaseOrdersResource:
        """`purchase_orders`: `list`, `get`, `create`, `update`, `delete`, `receive`."""
        from .purchase_orders import PurchaseOrdersResource

        return PurchaseOrdersResource(self)

    @cached_property
    def recipe_rows(self) -> RecipeRowsResource:
        """`recipe_rows`: `update`, `delete`."""
        from .recipe_rows import RecipeRowsResource

        return RecipeRowsResource(self)

    @cached_property
    def recipes(self) -> RecipesResource:
        """`recipes`: `list`, `create`, `delete`."""
        from .recipes import RecipesResource

        return RecipesResource(self)

    @cached_property
    def sales_order_accounting_metadata(self) -> SalesOrderAccountingMetadataResource:
        """`sales_order_accounting_metadata`: `list`."""
        from .sales_order_accounting_metadata import SalesOrderAccountingMetadataResource

        return SalesOrderAccountingMetadataResource(self)

    @cached_property
    def sales_order_addresses(self) -> SalesOrderAddressesResource:
        """`sales_order_addresses`: `list`, `create`, `update`, `delete`."""
        from .sales_order_addresses import SalesOrderAddressesResource

        return SalesOrderAddressesResource(self)

    @cached_property
    def sales_order_fulfillments(self) -> SalesOrderFulfillmentsResource:
        """`sales_order_fulfillments`: `list`, `get`, `create`, `update`, `delete`."""
        from .sales_order_fulfillments import SalesOrderFulfillmentsResource

        return SalesOrderFulfillmentsResource(self)

    @cached_property
    def sales_order_rows(self) -> SalesOrderRowsResource:
        """`sales_order_rows`: `list`, `get`, `create`, `update`, `delete`, `search`."""
        from .sales_order_rows import SalesOrderRowsResource

        return SalesOrderRowsResource(self)

    @cached_property
    def sales_order_shipping_fees(self) -> SalesOrderShippingFeesResource:
        """`sales_order_shipping_fees`: `list`, `get`, `create`, `update`, `delete`."""
        from .sales_order_shipping_fees import SalesOrderShippingFeesResource

        return SalesOrderShippingFeesResource(self)

    @cached_property
    def sales_orders(self) -> SalesOrdersResource:
        """`sales_orders`: `list`, `get`, `create`, `update`, `delete`, `returnable_items`, `search`."""
        from .sales_orders import SalesOrdersResource

        return SalesOrdersResource(self)

    @cached_property
    def sales_return_rows(self) -> SalesReturnRowsResource:
        """`sales_return_rows`: `list`, `get`, `create`, `update`, `delete`, `unassigned_batch_transactions`."""
        from .sales_return_rows import SalesReturnRowsResource

        return SalesReturnRowsResource(self)

    @cached_property
    def sales_returns(self) -> SalesReturnsResource:
        """`sales_returns`: `list`, `get`, `create`, `update`, `delete`, `return_reasons`."""
        from .sales_returns import SalesReturnsResource

        return SalesReturnsResource(self)

    @cached_property
    def serial_numbers(self) -> SerialNumbersResource:
        """`serial_numbers`: `list`, `create`, `delete`, `stock`."""
        from .serial_numbers import SerialNumbersResource

        return SerialNumbersResource(self)

    @cached_property
    def serial_numbers_stock(self) -> SerialNumbersStockResource:
        """`serial_numbers_stock`: `list`."""
        from .serial_numbers_stock import SerialNumbersStockResource

        return SerialNumbersStockResource(self)

    @cached_property
    def services(self) -> ServicesResource:
        """`services`: `list`, `get`, `create`, `update`, `delete`."""
        from .services import ServicesResource

        return ServicesResource(self)

    @cached_property
    def stock_adjustments(self) -> StockAdjustmentsResource:
        """`stock_adjustments`: `list`, `create`, `update`, `delete`."""
        from .stock_adjustments import StockAdjustmentsResource

        return StockAdjustmentsResource(self)

    @cached_property
    def stock_transfers(self) -> StockTransfersResource:
        """`stock_transfers`: `list`, `create`, `update`, `delete`, `update_status`."""
        from .stock_transfers import StockTransfersResource

        return StockTransfersResource(self)

    @cached_property
    def stocktake_rows(self) -> StocktakeRowsResource:
        """`stocktake_rows`: `list`, `create`, `update`, `delete`."""
        from .stocktake_rows import StocktakeRowsResource

        return StocktakeRowsResource(self)

    @cached_property
    def stocktakes(self) -> StocktakesResource:
        """`stocktakes`: `list`, `create`, `update`, `delete`."""
        from .stocktakes import StocktakesResource

        return StocktakesResource(self)

    @cached_property
    def supplier_addresses(self) -> SupplierAddressesResource:
        """`supplier_addresses`: `list`, `create`, `update`, `delete`."""
        from .supplier_addresses import SupplierAddressesResource

        return SupplierAddressesResource(self)

    @cached_property
    def suppliers(self) -> SuppliersResource:
        """`suppliers`: `list`, `create`, `update`, `delete`."""
        from .suppliers import SuppliersResource

        return SuppliersResource(self)

    @cached_property
    def tax_rates(self) -> TaxRatesResource:
        """`tax_rates`: `list`, `create`."""
        from .tax_rates import TaxRatesResource

        return TaxRatesResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """`users`: `list`, `user_info`."""
        from .users import UsersResource

        return UsersResource(self)

    @cached_property
    def variant_bin_locations(self) -> VariantBinLocationsResource:
        """`variant_bin_locations`: `link`, `unlink`."""
        from .variant_bin_locations import VariantBinLocationsResource

        return VariantBinLocationsResource(self)

    @cached_property
    def variants(self) -> VariantsResource:
        """`variants`: `list`, `get`, `create`, `update`, `delete`."""
        from .variants import VariantsResource

        return VariantsResource(self)

    @cached_property
    def webhook_logs(self) -> WebhookLogsResource:
        """`webhook_logs`: `export`."""
        from .webhook_logs import WebhookLogsResource

        return WebhookLogsResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """`webhooks`: `list`, `get`, `create`, `update`, `delete`."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self)


class SyncResources:
    """The same resources, blocking: `SyncKatanaClient` inherits these declarations and
    makes each resource on first access."""

    if TYPE_CHECKING:
        additional_costs: AdditionalCostsSyncResource
        batch_stocks: BatchStocksSyncResource
        batches: BatchesSyncResource
        bin_inventory: BinInventorySyncResource
        bin_locations: BinLocationsSyncResource
        bin_transfer_rows: BinTransferRowsSyncResource
        bin_transfers: BinTransfersSyncResource
        bom_rows: BomRowsSyncResource
        custom_field_definitions: CustomFieldDefinitionsSyncResource
        custom_fields_collections: CustomFieldsCollectionsSyncResource
        customer_addresses: CustomerAddressesSyncResource
        customers: CustomersSyncResource
        demand_forecasts: DemandForecastsSyncResource
        factory: FactorySyncResource
        inventory: InventorySyncResource
        locations: LocationsSyncResource
        manufacturing_order_operation_rows: ManufacturingOrderOperationRowsSyncResource
        manufacturing_order_production_ingredients: (
            ManufacturingOrderProductionIngredientsSyncResource
        )
        manufacturing_order_productions: ManufacturingOrderProductionsSyncResource
        manufacturing_order_recipe_rows: ManufacturingOrderRecipeRowsSyncResource
        manufacturing_orders: ManufacturingOrdersSyncResource
        materials: MaterialsSyncResource
        negative_stock: NegativeStockSyncResource
        operators: OperatorsSyncResource
        outsourced_purchase_order_recipe_rows: OutsourcedPurchaseOrderRecipeRowsSyncResource
        po_additional_cost_rows: PoAdditionalCostRowsSyncResource
        price_list_customers: PriceListCustomersSyncResource
        price_list_rows: PriceListRowsSyncResource
        price_lists: PriceListsSyncResource
        product_operation_rows: ProductOperationRowsSyncResource
        products: ProductsSyncResource
        purchase_order_accounting_metadata: PurchaseOrderAccountingMetadataSyncResource
        purchase_order_rows: PurchaseOrderRowsSyncResource
        purchase_orders: PurchaseOrdersSyncResource
        recipe_rows: RecipeRowsSyncResource
        recipes: RecipesSyncResource
        sales_order_accounting_metadata: SalesOrderAccountingMetadataSyncResource
        sales_order_addresses: SalesOrderAddressesSyncResource
        sales_order_fulfillments: SalesOrderFulfillmentsSyncResource
        sales_order_rows: SalesOrderRowsSyncResource
        sales_order_shipping_fees: SalesOrderShippingFeesSyncResource
        sales_orders: SalesOrdersSyncResource
        sales_return_rows: SalesReturnRowsSyncResource
        sales_returns: SalesReturnsSyncResource
        serial_numbers: SerialNumbersSyncResource
        serial_numbers_stock: SerialNumbersStockSyncResource
        services: ServicesSyncResource
        stock_adjustments: StockAdjustmentsSyncResource
        stock_transfers: StockTransfersSyncResource
        stocktake_rows: StocktakeRowsSyncResource
        stocktakes: StocktakesSyncResource
        supplier_addresses: SupplierAddressesSyncResource
        suppliers: SuppliersSyncResource
        tax_rates: TaxRatesSyncResource
        users: UsersSyncResource
        variant_bin_locations: VariantBinLocationsSyncResource
        variants: VariantsSyncResource
        webhook_logs: WebhookLogsSyncResource
        webhooks: WebhooksSyncResource
