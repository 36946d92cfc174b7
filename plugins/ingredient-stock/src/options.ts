import { z } from "@medusajs/framework/zod"

/**
 * Options of @oc-pizza/medusa-plugin-ingredient-stock, validated when the
 * plugin loads. Thresholds are set per ingredient and location, and the
 * application decides who hears of low stock (event
 * `ingredient_stock.low_stock`); the options only tune the stock lock.
 */
export const ingredientStockOptionsSchema = z
  .object({
    lock: z
      .object({
        /** How long a checkout waits for its pizzeria's stock lock before answering 409 `stock_busy` (default 30000). */
        timeoutMs: z.number().int().positive().optional(),
        /** How long a lock outlives a process that died holding it (default 60). */
        expireSeconds: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

export type IngredientStockOptions = z.infer<typeof ingredientStockOptionsSchema>

export type StockLockTiming = { timeoutMs: number; expireSeconds: number }

export const DEFAULT_STOCK_LOCK_TIMING: StockLockTiming = { timeoutMs: 30_000, expireSeconds: 60 }
