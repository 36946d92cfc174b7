import { model } from "@medusajs/framework/utils"

export const MOVEMENT_TYPES = ["receipt", "sale", "cancel", "waste", "count", "adjustment"] as const
export type MovementType = (typeof MOVEMENT_TYPES)[number]

/**
 * One change of an item's stocked quantity at a location. `quantity` is the
 * signed change; `level_after` the stocked quantity it left, so the ledger
 * can be checked against the levels at any time.
 */
export const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "smov" }).primaryKey(),
    inventory_item_id: model.text(),
    stock_location_id: model.text(),
    type: model.enum([...MOVEMENT_TYPES]),
    quantity: model.bigNumber(),
    level_after: model.bigNumber(),
    /** For a count: what was counted; the quantity is the difference. */
    counted: model.bigNumber().nullable(),
    actor_type: model.text().default("system"),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    /** What caused it: an order, a fulfillment... */
    reference: model.text().nullable(),
  })
  .indexes([{ on: ["stock_location_id", "created_at"] }, { on: ["inventory_item_id", "stock_location_id"] }, { on: ["reference"], where: "reference IS NOT NULL" }])
