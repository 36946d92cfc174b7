import { model } from "@medusajs/framework/utils"
import { RecipeItem } from "./recipe-item"

/** How a dish is made: per size, what goes in (items); and the method. */
export const Recipe = model
  .define("recipe", {
    id: model.id({ prefix: "rcp" }).primaryKey(),
    product_id: model.text().unique(),
    /** Ordered preparation steps. */
    steps: model.json().default({ list: [] }),
    bake_minutes: model.number().nullable(),
    bake_temperature_c: model.number().nullable(),
    notes: model.text().nullable(),
    /** What a customer may change: `{ removable, extras, max_extras }` (src/recipes/recipe-options.ts). */
    options: model.json().default({ removable: [], extras: [], max_extras: 0 }),
    items: model.hasMany(() => RecipeItem, { mappedBy: "recipe" }),
  })
  .cascades({ delete: ["items"] })
