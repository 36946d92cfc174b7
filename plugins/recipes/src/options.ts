import { z } from "@medusajs/framework/zod"

/** Options of @oc-pizza/medusa-plugin-recipes, validated when the plugin loads. */
export const recipesOptionsSchema = z
  .object({
    /**
     * Write each variant's inventory-kit links (`required_quantity`) from its
     * recipe, so Medusa's availability and reservations count ingredients.
     * @default true
     */
    syncInventoryKits: z.boolean().default(true),
  })
  .strict()

export type RecipesOptions = z.infer<typeof recipesOptionsSchema>
