import { model } from "@medusajs/framework/utils"

/**
 * An area a stock location delivers, drawn one of three ways (`kind`):
 * a GeoJSON polygon, a radius around a centre, or a list of postcodes.
 * Amounts are in the store currency's main unit, like Medusa's prices.
 */
export const DeliveryZone = model.define("delivery_zone", {
  id: model.id({ prefix: "dzone" }).primaryKey(),
  stock_location_id: model.text().index(),
  name: model.text(),
  kind: model.enum(["polygon", "radius", "postcodes"]),
  polygon: model.json().nullable(),
  center_lat: model.float().nullable(),
  center_lng: model.float().nullable(),
  radius_km: model.float().nullable(),
  postal_codes: model.array().default([]),
  fee: model.bigNumber().default(0),
  min_order: model.bigNumber().default(0),
  /** Orders from this amount on are delivered free; null: never free. */
  free_delivery_threshold: model.bigNumber().nullable(),
  /** ETA rule: minutes from order to departure, before the kitchen's current delay and the ride. */
  eta_base_minutes: model.number().default(20),
  is_active: model.boolean().default(true),
  /** Where zones overlap, the highest priority wins (then the lowest fee, then the nearest location). */
  priority: model.number().default(0),
})
