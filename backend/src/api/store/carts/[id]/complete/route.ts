import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWithStockGuardWorkflow } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "../../../../../errors/domain-error"
import { KITCHEN_MODULE } from "../../../../../modules/kitchen"
import type KitchenModuleService from "../../../../../modules/kitchen/service"
import { createKitchenTicketWorkflow } from "../../../../../workflows/kitchen/create-kitchen-ticket"

/** Payment outcomes the customer can act on: Medusa answers them with the cart, not an error status. */
const PAYMENT_RETRY_ERRORS = new Set<string>([MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR])

/**
 * A card the bank refused: Medusa only says "not authorized with the
 * provider" (400); the customer needs to hear the bank's reason and what to
 * do. Nothing is reserved and the cart stays open for another try.
 */
async function throwIfDeclined(container: MedusaContainer, cartId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.payment_sessions.status", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const declined = (carts[0]?.payment_collection?.payment_sessions ?? []).find((session) => session?.status === "error")
  if (!declined) return
  const reason = (declined.data as { last_payment_error?: { message?: string } } | null)?.last_payment_error?.message
  throw new DomainError(
    402,
    "payment_declined",
    `${reason ?? "Your card was declined."} Nothing has been charged: try another card, or choose to pay on delivery.`
  )
}

/**
 * The token a guest follows the order with. The ticket is opened here rather
 * than waiting for the "placed" event (the workflow is idempotent, so the
 * subscriber then finds it). Should that fail, the order stands: the minute
 * job opens missing tickets, and a signed-in customer tracks without a token.
 */
async function trackingOf(container: MedusaContainer, orderId: string): Promise<{ token: string } | null> {
  try {
    await createKitchenTicketWorkflow(container).run({ input: { order_id: orderId } })
    const [ticket] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ order_id: orderId }, { take: 1 })
    return ticket ? { token: ticket.tracking_token } : null
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${orderId} placed, its kitchen ticket not yet: ${(error as Error).message}`)
    return null
  }
}

/**
 * POST /store/carts/:id/complete, taken over from Medusa (the application's
 * routes are registered after the core's): the same contract, but the whole
 * cart's ingredients are checked and reserved under the pizzeria's stock lock,
 * and the answer carries the order's tracking token (`tracking.token`).
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const cartId = req.params.id
  const { result, errors } = await completeCartWithStockGuardWorkflow(req.scope).run({
    input: { cart_id: cartId },
    throwOnError: false,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const error = errors[0]?.error as { type?: string; message?: string; name?: string } | undefined
  if (error) {
    if (error.type === MedusaError.Types.NOT_ALLOWED) await throwIfDeclined(req.scope, cartId)
    if (!error.type || !PAYMENT_RETRY_ERRORS.has(error.type)) throw error
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["*", "items.*", "shipping_methods.*", "payment_collection.*", "payment_collection.payment_sessions.*"],
      filters: { id: cartId },
    })
    res.status(200).json({ type: "cart", cart: carts[0], error: { message: error.message, name: error.name, type: error.type } })
    return
  }

  const { data: orders } = await query.graph({
    entity: "order",
    fields: req.queryConfig?.fields ?? ["*", "items.*"],
    filters: { id: result.order_id },
  })
  res.status(200).json({ type: "order", order: orders[0], tracking: await trackingOf(req.scope, result.order_id) })
}
