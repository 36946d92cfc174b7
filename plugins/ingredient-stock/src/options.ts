import { z } from "@medusajs/framework/zod"

/** Options of @oc-pizza/medusa-plugin-ingredient-stock, validated when the plugin loads. */
export const ingredientStockOptionsSchema = z
  .object({
    /**
     * Low-stock threshold, in the ingredient's base unit, for ingredients
     * that have none of their own at a location.
     * @default 0 (no alert)
     */
    defaultLowStockThreshold: z.number().min(0).default(0),
    /**
     * Notification channel used to warn a location's managers of low stock.
     * @default "email"
     */
    lowStockChannel: z.string().min(1).default("email"),
  })
  .strict()

export type IngredientStockOptions = z.infer<typeof ingredientStockOptionsSchema>
