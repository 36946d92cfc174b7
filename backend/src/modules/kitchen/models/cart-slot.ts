import { model } from "@medusajs/framework/utils"

/**
 * The slot a customer chose for a cart (`POST /store/carts/:id/slot`), checked
 * as it was chosen and again at checkout. Kept here, never in the cart's
 * metadata: only that route writes it, after its checks.
 */
export const CartSlot = model.define("cart_slot", {
  id: model.id({ prefix: "kcs" }).primaryKey(),
  cart_id: model.text().unique(),
  scheduled_for: model.dateTime(),
})
