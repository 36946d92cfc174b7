import { model } from "@medusajs/framework/utils"
import { IngredientLocation } from "./ingredient-location"

/** What an inventory item means in a kitchen: its unit, allergens and cost. */
export const Ingredient = model
  .define("ingredient", {
    id: model.id({ prefix: "ingr" }).primaryKey(),
    inventory_item_id: model.text().unique(),
    unit: model.enum(["g", "ml", "piece"]),
    /** EU allergens (Regulation 1169/2011, annex II), as lower-case English names. */
    allergens: model.json().default({ list: [] }),
    /** Cost of one base unit, in the store's currency; for food cost. */
    unit_cost: model.bigNumber().nullable(),
    locations: model.hasMany(() => IngredientLocation, { mappedBy: "ingredient" }),
  })
  .cascades({ delete: ["locations"] })
