import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import DeliveryZoningModule from "../modules/delivery-zoning"

/** Read-only: `stock_location.service_location` in query.graph (position, hours, closures). */
export default defineLink(
  { linkable: StockLocationModule.linkable.stockLocation, field: "id" },
  { ...DeliveryZoningModule.linkable.serviceLocation.id, primaryKey: "stock_location_id" },
  { readOnly: true }
)
