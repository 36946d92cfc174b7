import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import { checkoutLockKey } from "@/orders/checkout-lock"
import { orderEditLockTtlSeconds } from "@/orders/order-edit-lock"

/** Below a payment webhook's patience (Stripe gives up after 30 s and delivers again): `checkout_in_progress` is a "try again". */
const WAIT_MS = 25_000
const RETRY_MS = 200

export type CheckoutLock = { key: string; owner_id: string }

/** Takes the cart's checkout lock, waiting for another run of the same cart (a double click, a webhook) to end; compensation releases it. */
export const acquireCheckoutLockStep = createStep(
  "acquire-checkout-lock",
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const lock: CheckoutLock = { key: checkoutLockKey(cart_id), owner_id: randomUUID() }
    for (const deadline = Date.now() + WAIT_MS; ;) {
      try {
        // a dead process's lock frees after the orders' lock time (OCP_ORDER_LOCK_EXPIRE_SECONDS, 60 s), longer than a checkout
        await locking.acquire(lock.key, { ownerId: lock.owner_id, expire: orderEditLockTtlSeconds() })
        break
      } catch {
        if (Date.now() >= deadline) {
          throw new DomainError(409, "checkout_in_progress", {
            fr: "Cette commande est déjà en cours de validation : patientez un instant, puis rechargez la page.",
            en: "This order is already being placed: wait a moment, then reload the page.",
          })
        }
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

export const releaseCheckoutLockStep = createStep("release-checkout-lock", async (lock: CheckoutLock, { container }) => {
  await container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.owner_id })
  return new StepResponse(undefined)
})
