import { randomUUID } from "node:crypto"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderEditLockTtlSeconds } from "./order-edit-lock"

/**
 * The key a checkout of this cart holds from its first step to its last,
 * ticket included (workflows/checkout/steps/checkout-lock.ts): the repair
 * job that opens a lost order's ticket leaves an order alone while its
 * checkout holds it, so it never books a slot for an order whose own
 * checkout is still deciding (and may refuse it, slot full).
 */
export const checkoutLockKey = (cartId: string) => `checkout:${cartId}`

/**
 * Runs `job` holding the checkout lock of the order's cart (taken without
 * waiting): that run books its slot, or refuses the order and undoes it.
 * Undefined, running nothing, while a checkout holds it; an order without a
 * cart (a converted draft) needs no lock.
 */
export async function unlessCheckoutRuns<T>(container: MedusaContainer, orderId: string, job: () => Promise<T>): Promise<T | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: orderId } })
  const cartId = (data[0] as { cart?: { id: string } | null } | undefined)?.cart?.id
  if (!cartId) return await job()
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const key = checkoutLockKey(cartId)
  const ownerId = randomUUID()
  try {
    await locking.acquire(key, { ownerId, expire: orderEditLockTtlSeconds() })
  } catch {
    return undefined
  }
  try {
    return await job()
  } finally {
    await locking.release(key, { ownerId })
  }
}
