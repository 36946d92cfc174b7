import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TicketLock } from "./acquire-ticket-lock"

export const releaseTicketLockStepId = "release-ticket-lock"

/** Releases what `acquireTicketLockStep` took. */
export const releaseTicketLockStep = createStep(releaseTicketLockStepId, async (lock: TicketLock, { container }) => {
  await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.owner_id })
  return new StepResponse(lock.key)
})
