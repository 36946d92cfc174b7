import { model } from "@medusajs/framework/utils"

/** A dish switched off at one location ("not tonight"), with the reason customers see. */
export const MenuPause = model
  .define("menu_pause", {
    id: model.id({ prefix: "mpause" }).primaryKey(),
    product_id: model.text(),
    stock_location_id: model.text(),
    reason: model.text(),
    /** When it comes back by itself; null: until switched on again. */
    until: model.dateTime().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["product_id", "stock_location_id"], unique: true, where: "deleted_at IS NULL" }])
