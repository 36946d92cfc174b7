import { z } from "@medusajs/framework/zod"
import { MOVEMENT_TYPES } from "../../../../modules/ingredient-stock/models/stock-movement"

export const PostStockMovement = z
  .object({
    inventory_item_id: z.string().min(1),
    type: z.enum(["receipt", "waste", "count", "adjustment"]),
    quantity: z.number().finite(),
    note: z.string().max(500).nullish(),
  })
  .strict()
export type PostStockMovementType = z.infer<typeof PostStockMovement>

export const GetStockMovements = z
  .object({
    inventory_item_id: z.string().optional(),
    type: z.enum(MOVEMENT_TYPES).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type GetStockMovementsType = z.infer<typeof GetStockMovements>

export const PostMenuPause = z
  .object({
    product_id: z.string().min(1),
    reason: z.string().min(1).max(200),
    until: z.coerce.date().nullish(),
  })
  .strict()
export type PostMenuPauseType = z.infer<typeof PostMenuPause>

export const PostLowStockThreshold = z.object({ low_stock_threshold: z.number().finite().min(0) }).strict()
export type PostLowStockThresholdType = z.infer<typeof PostLowStockThreshold>
