import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseStockLocks } from "../../stock/stock-lock"
import type { StockLock } from "./acquire-stock-lock"

export const releaseStockLockStepId = "release-stock-lock"

/** Releases what `acquireStockLockStep` took. */
export const releaseStockLockStep = createStep(releaseStockLockStepId, async (lock: StockLock, { container }) => {
  await releaseStockLocks(container, lock.keys, lock.owner_id)
  return new StepResponse(lock.stock_location_id)
})
