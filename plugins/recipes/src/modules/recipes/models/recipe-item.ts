import { model } from "@medusajs/framework/utils"
import { Recipe } from "./recipe"

/** One ingredient of one size: `quantity` in the ingredient's base unit (g, ml, piece). */
export const RecipeItem = model
  .define("recipe_item", {
    id: model.id({ prefix: "rcpi" }).primaryKey(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    quantity: model.bigNumber(),
    rank: model.number().default(0),
    recipe: model.belongsTo(() => Recipe, { mappedBy: "items" }),
  })
  .indexes([{ on: ["recipe_id", "variant_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" }])
