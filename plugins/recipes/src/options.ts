import { z } from "@medusajs/framework/zod"

/**
 * Options of @oc-pizza/medusa-plugin-recipes, validated when the plugin
 * loads. None yet: a recipe always drives its variants' inventory kits.
 */
export const recipesOptionsSchema = z.object({}).strict()

export type RecipesOptions = z.infer<typeof recipesOptionsSchema>
