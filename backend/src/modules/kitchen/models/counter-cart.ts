import { model } from "@medusajs/framework/utils"

/**
 * A cart the counter opened for a phone or walk-in order. Written only by the
 * counter workflow (no store route reaches this module), so it, and never the
 * cart's metadata a customer can write, is what lets a counter order through
 * a rush pause.
 */
export const CounterCart = model.define("counter_cart", {
  id: model.id({ prefix: "kcc" }).primaryKey(),
  cart_id: model.text().unique(),
  stock_location_id: model.text(),
})
