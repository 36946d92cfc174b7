import { randomUUID } from "node:crypto"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ticketLockKey } from "../workflows/kitchen/steps/acquire-ticket-lock"
import { orderEditLockTtlSeconds } from "./order-edit-lock"

/**
 * Runs `job` holding the order's lock (the key a customer's change and a
 * manager's confirmation take, order-edit-lock.ts) and its ticket's lock
 * (every kitchen move, change and cancellation), both taken without
 * waiting; returns undefined, running nothing, when a live run holds either
 * (the next repair run tries again). A dead process's lock is free once
 * expired, so a repair under these locks never meets a run half-way.
 */
export async function underOrderLocks<T>(container: MedusaContainer, order: { order_id: string; ticket_id: string }, job: () => Promise<T>): Promise<T | undefined> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const ownerId = randomUUID()
  const keys = [order.order_id, ticketLockKey(order.ticket_id)]
  const taken: string[] = []
  try {
    for (const key of keys) {
      await locking.acquire(key, { ownerId, expire: orderEditLockTtlSeconds() })
      taken.push(key)
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).debug(`Order ${order.order_id} is being changed or moved (${(error as Error).message}); repaired later if need be.`)
    if (taken.length) await locking.release(taken, { ownerId })
    return undefined
  }
  try {
    return await job()
  } finally {
    await locking.release(keys, { ownerId })
  }
}
