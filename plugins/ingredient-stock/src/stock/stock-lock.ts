import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { StockError } from "../errors/stock-error"
import { INGREDIENT_STOCK_MODULE } from "../modules/ingredient-stock"
import type IngredientStockModuleService from "../modules/ingredient-stock/service"
import type { StockLockTiming } from "../options"

/** The key every path that reserves or changes stock at a location takes. */
export function stockLockKey(stockLocationId: string): string {
  return `ingredient-stock:location:${stockLocationId}`
}

/** The lock timing the plugin was configured with (options `lock`). */
export async function stockLockTiming(container: MedusaContainer): Promise<StockLockTiming> {
  return container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).lockTiming()
}

/**
 * Takes `keys` in order for `ownerId`, through Medusa's locking module
 * (PostgreSQL or Redis when several processes run), polling with a growing
 * pause until `timing.timeoutMs`, then throws 409 `stock_busy` holding none.
 *
 * Polling rather than the module's `execute`: a waiting request then holds
 * no database connection inside an open transaction, which would starve the
 * pool the lock holder needs.
 */
export async function acquireStockLocks(
  container: MedusaContainer,
  keys: string[],
  ownerId: string,
  { timeoutMs, expireSeconds }: StockLockTiming,
  stockLocationId: string
): Promise<void> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const deadline = Date.now() + timeoutMs
  let pause = 10
  for (;;) {
    try {
      // taking a key this owner already holds refreshes it: a retry after the first key only waits for the next
      for (const key of keys) await locking.acquire(key, { ownerId, expire: expireSeconds })
      return
    } catch (error) {
      if (Date.now() > deadline) {
        await locking.release(keys, { ownerId })
        // a burst of orders, or a process that died holding the lock (it expires after expireSeconds)
        const texts = {
          fr: "Ce restaurant reçoit trop de commandes à la fois pour vérifier la vôtre maintenant. Rien n'a été commandé ni débité : réessayez dans une minute.",
          en: "This restaurant is taking too many orders at once to check yours now. Nothing was ordered or charged: try again in a minute.",
        }
        throw new StockError(409, "stock_busy", texts, {
          stock_location_id: stockLocationId,
          waited_ms: timeoutMs,
          cause: (error as Error).message,
        })
      }
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause))
      pause = Math.min(pause * 2, 200)
    }
  }
}

export async function releaseStockLocks(container: MedusaContainer, keys: string[], ownerId: string): Promise<void> {
  await container.resolve<ILockingModule>(Modules.LOCKING).release(keys, { ownerId })
}

/**
 * Runs `job` while holding the location's stock lock. Only for module calls
 * inside one step (a stock count, say): a flow made of steps or workflows
 * takes the lock with `acquireStockLockStep` / `releaseStockLockStep`.
 */
export async function withStockLock<T>(container: MedusaContainer, stockLocationId: string, job: () => Promise<T>): Promise<T> {
  const keys = [stockLockKey(stockLocationId)]
  const ownerId = randomUUID()
  await acquireStockLocks(container, keys, ownerId, await stockLockTiming(container), stockLocationId)
  try {
    return await job()
  } finally {
    await releaseStockLocks(container, keys, ownerId)
  }
}
