import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { StockError } from "../errors/stock-error"

export type StockLockOptions = {
  /** How long to wait for the lock before giving up. */
  timeoutMs?: number
  /** How long a lock outlives a process that died holding it. */
  expireSeconds?: number
}

/** The key every path that reserves or changes stock at a location takes. */
export function stockLockKey(stockLocationId: string): string {
  return `ingredient-stock:location:${stockLocationId}`
}

/**
 * Runs `job` while holding the location's stock lock, through Medusa's
 * locking module (PostgreSQL or Redis when several processes run).
 *
 * The lock is taken with acquire/release rather than `execute`: waiting
 * requests then poll instead of each holding a database connection inside
 * an open transaction, which would starve the pool the lock holder needs.
 */
export async function withStockLock<T>(
  container: MedusaContainer,
  stockLocationId: string,
  job: () => Promise<T>,
  { timeoutMs = 30_000, expireSeconds = 60 }: StockLockOptions = {}
): Promise<T> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const key = stockLockKey(stockLocationId)
  const ownerId = randomUUID()
  const deadline = Date.now() + timeoutMs
  let pause = 10
  for (;;) {
    try {
      await locking.acquire(key, { ownerId, expire: expireSeconds })
      break
    } catch (error) {
      if (Date.now() > deadline) {
        // a burst of orders, or a process that died holding the lock (it expires after expireSeconds)
        throw new StockError(409, "stock_busy", "This restaurant is taking too many orders at once to check yours now. Nothing was ordered or charged: try again in a minute.", {
          stock_location_id: stockLocationId,
          waited_ms: timeoutMs,
          cause: (error as Error).message,
        })
      }
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause))
      pause = Math.min(pause * 2, 200)
    }
  }
  try {
    return await job()
  } finally {
    await locking.release(key, { ownerId })
  }
}
