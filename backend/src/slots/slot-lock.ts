import { randomUUID } from "node:crypto"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { slotError } from "./slot-errors"

const TIMEOUT_MS = 10_000
const EXPIRE_SECONDS = 30

/** The key every booking at a pizzeria takes: reading what is booked and booking are one step for everyone. */
export function slotLockKey(stockLocationId: string): string {
  return `kitchen-slots:${stockLocationId}`
}

/**
 * Runs `job` holding the pizzeria's slot lock, through Medusa's locking module
 * (PostgreSQL, or Redis when several processes run), so two bookings never
 * both read a slot's last room. Polls rather than waiting in the module's
 * `execute`, which would hold a pooled connection open while it waits (the
 * stock lock does the same, for the same reason); busy past 10 s → 409 `slot_busy`.
 */
export async function withSlotLock<T>(container: MedusaContainer, stockLocationId: string, job: () => Promise<T>): Promise<T> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const key = slotLockKey(stockLocationId)
  const ownerId = randomUUID()
  const deadline = Date.now() + TIMEOUT_MS
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      await locking.acquire(key, { ownerId, expire: EXPIRE_SECONDS })
      break
    } catch {
      if (Date.now() > deadline) throw slotError("slot_busy", { stock_location_id: stockLocationId })
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause))
    }
  }
  try {
    return await job()
  } finally {
    await locking.release(key, { ownerId })
  }
}
