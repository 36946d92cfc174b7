import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { acquireStockLocks, releaseStockLocks, stockLockKey, stockLockTiming } from "../../stock/stock-lock"

export const acquireStockLockStepId = "acquire-stock-lock"

export type StockLock = { stock_location_id: string; owner_id: string; keys: string[] }

/**
 * Takes the location's stock lock (and, with `cart_id`, the cart's own lock,
 * the key Medusa's completion takes, so one cart is never completed twice at
 * once). Shaped like Medusa's `acquireLockStep`, but a busy lock is a 409
 * `stock_busy` after the plugin's `lock.timeoutMs`. Compensation releases it,
 * so a flow that fails after this step never leaves the pizzeria locked.
 */
export const acquireStockLockStep = createStep(
  acquireStockLockStepId,
  async (input: { stock_location_id: string; cart_id?: string }, { container }) => {
    const lock: StockLock = {
      stock_location_id: input.stock_location_id,
      owner_id: randomUUID(),
      // always the cart before the location, as Medusa's own flows take the cart first: no two flows wait on each other
      keys: [...(input.cart_id ? [input.cart_id] : []), stockLockKey(input.stock_location_id)],
    }
    await acquireStockLocks(container, lock.keys, lock.owner_id, await stockLockTiming(container), input.stock_location_id)
    return new StepResponse(lock, lock)
  },
  async (lock, { container }) => {
    if (!lock) return
    await releaseStockLocks(container, lock.keys, lock.owner_id)
  }
)
