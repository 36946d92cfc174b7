import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import DeliveryZoningModule from "../modules/delivery-zoning"

/** Read-only: `stock_location.delivery_zones` in query.graph (the zone stores its location's id). */
export default defineLink(
  { linkable: StockLocationModule.linkable.stockLocation, field: "id", isList: true },
  { ...DeliveryZoningModule.linkable.deliveryZone.id, primaryKey: "stock_location_id", isList: true },
  { readOnly: true }
)
