import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LocalizedText } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import { orderEditLockTtlSeconds } from "@/orders/order-edit-lock"

export const acquireTicketLockStepId = "acquire-ticket-lock"

/** The key every move of a ticket takes (transition-kitchen-ticket.ts takes it with Medusa's acquireLockStep). */
export const ticketLockKey = (ticketId: string) => `kitchen-ticket:${ticketId}`

export type TicketLock = { key: string; owner_id: string }

const WAIT_MS = 5_000
const RETRY_MS = 300

/**
 * Takes a kitchen ticket's lock, waiting up to 5 s for a move in progress;
 * then throws `busy` (the caller says what a busy ticket means for it).
 * Shaped like Medusa's `acquireLockStep`; compensation releases the lock.
 */
export const acquireTicketLockStep = createStep(
  acquireTicketLockStepId,
  async ({ ticket_id, busy }: { ticket_id: string; busy: { code: string; message: string | LocalizedText } }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const lock: TicketLock = { key: ticketLockKey(ticket_id), owner_id: randomUUID() }
    for (const deadline = Date.now() + WAIT_MS; ;) {
      try {
        // a killed process's lock frees the ticket as soon as its order's lock frees the order
        await locking.acquire(lock.key, { ownerId: lock.owner_id, expire: orderEditLockTtlSeconds() })
        break
      } catch {
        // held by someone else: wait for it, or answer `busy`
        if (Date.now() >= deadline) throw new DomainError(409, busy.code, busy.message)
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
      }
    }
    return new StepResponse(lock, lock)
  },
  async (lock, { container }) => {
    if (!lock) return
    await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.owner_id })
  }
)
