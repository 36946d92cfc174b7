import { z } from "@medusajs/framework/zod"

const recipeItem = z
  .object({
    variant_id: z.string().min(1),
    inventory_item_id: z.string().min(1),
    quantity: z.number().positive({ message: "must be greater than 0" }),
  })
  .strict()

const extra = z
  .object({
    inventory_item_id: z.string().min(1),
    sizes: z
      .array(z.object({ variant_id: z.string().min(1), price: z.number().min(0), quantity: z.number().positive({ message: "must be greater than 0" }) }).strict())
      .min(1)
      .max(20),
  })
  .strict()

/** What a customer may change (src/recipes/recipe-options.ts); not given, the recipe keeps its options. */
const options = z
  .object({
    removable: z.array(z.string().min(1)).max(50).default([]),
    extras: z.array(extra).max(50).default([]),
    max_extras: z.number().int().min(0).max(20).default(0),
  })
  .strict()

const method = {
  steps: z.array(z.string().min(1).max(1000)).max(50).optional(),
  bake_minutes: z.number().int().min(0).max(240).nullish(),
  bake_temperature_c: z.number().int().min(0).max(600).nullish(),
  notes: z.string().max(2000).nullish(),
  items: z.array(recipeItem).max(500),
  options: options.optional(),
}

export const PostRecipe = z.object({ product_id: z.string().min(1), ...method }).strict()
export type PostRecipeType = z.infer<typeof PostRecipe>

export const PostRecipeUpdate = z.object(method).strict()
export type PostRecipeUpdateType = z.infer<typeof PostRecipeUpdate>

export const GetRecipes = z
  .object({
    product_id: z.union([z.string(), z.array(z.string())]).optional(),
    q: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type GetRecipesType = z.infer<typeof GetRecipes>
