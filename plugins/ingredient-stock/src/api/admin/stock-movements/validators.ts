import { z } from "@medusajs/framework/zod"
import { MOVEMENT_TYPES } from "../../../modules/ingredient-stock/models/stock-movement"

export const GetAllStockMovements = z
  .object({
    stock_location_id: z.union([z.string(), z.array(z.string())]).optional(),
    inventory_item_id: z.string().optional(),
    type: z.enum(MOVEMENT_TYPES).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type GetAllStockMovementsType = z.infer<typeof GetAllStockMovements>
