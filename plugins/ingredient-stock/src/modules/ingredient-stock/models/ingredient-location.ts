import { model } from "@medusajs/framework/utils"
import { Ingredient } from "./ingredient"

/** An ingredient's settings at one location, and whether its low stock was already announced. */
export const IngredientLocation = model
  .define("ingredient_location", {
    id: model.id({ prefix: "ingloc" }).primaryKey(),
    stock_location_id: model.text().index(),
    low_stock_threshold: model.bigNumber().default(0),
    /** Set when the managers were told; cleared once restocked above the threshold. */
    low_stock_notified_at: model.dateTime().nullable(),
    ingredient: model.belongsTo(() => Ingredient, { mappedBy: "locations" }),
  })
  .indexes([{ on: ["ingredient_id", "stock_location_id"], unique: true, where: "deleted_at IS NULL" }])
