import { z } from "@medusajs/framework/zod"

export const GetIngredients = z
  .object({
    stock_location_id: z.string().optional(),
    inventory_item_id: z.union([z.string(), z.array(z.string())]).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type GetIngredientsType = z.infer<typeof GetIngredients>

export const PostIngredient = z
  .object({
    inventory_item_id: z.string().min(1),
    unit: z.enum(["g", "ml", "piece"]),
    allergens: z
      .array(z.enum(["gluten", "crustaceans", "eggs", "fish", "peanuts", "soybeans", "milk", "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs"]))
      .default([]),
    unit_cost: z.number().min(0).nullish(),
  })
  .strict()
export type PostIngredientType = z.infer<typeof PostIngredient>
