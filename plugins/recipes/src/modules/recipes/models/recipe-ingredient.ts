import { model } from "@medusajs/framework/utils"

/**
 * An inventory item as a recipe's ingredient, with the name customers read
 * on a menu ("Mozzarella"). The name is translatable: with Medusa's
 * Translation Module (feature flag `translation`) each locale can have its
 * own; without it the field is a plain text column.
 */
export const RecipeIngredient = model.define("recipe_ingredient", {
  id: model.id({ prefix: "rcping" }).primaryKey(),
  inventory_item_id: model.text().unique(),
  name: model.text().translatable(),
})
