import { z } from "@medusajs/framework/zod"

/**
 * Options of @oc-pizza/medusa-plugin-ingredient-stock, validated when the
 * plugin loads. None yet: thresholds are set per ingredient and location,
 * and the application decides who hears of low stock (event
 * `ingredient_stock.low_stock`).
 */
export const ingredientStockOptionsSchema = z.object({}).strict()

export type IngredientStockOptions = z.infer<typeof ingredientStockOptionsSchema>
