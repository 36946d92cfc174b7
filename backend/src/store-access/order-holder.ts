import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/** The signed-in customer's id, if a customer is signed in (Medusa authenticates every store route, allowing guests). */
export function signedInCustomer(req: MedusaRequest): string | undefined {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined
}

const takenTokens = new WeakMap<object, string>()

/** The order's tracking token as the request gives it: `?token=`, as the shop's order page and e-mails carry it. */
export function trackingTokenOf(req: MedusaRequest): string | undefined {
  const token = (req.query as Record<string, unknown>).token
  return typeof token === "string" && token ? token : takenTokens.get(req)
}

/**
 * Takes `token` out of the query, keeping it for this request's handlers:
 * Medusa's own routes (GET /store/orders/:id, the transfers) refuse query
 * parameters they do not know.
 */
export function takeTrackingToken(req: MedusaRequest): void {
  const token = trackingTokenOf(req)
  if (token) takenTokens.set(req, token)
  delete (req.query as Record<string, unknown>).token
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Whether the request may see the order: it is signed in as the order's
 * customer, or holds the order's tracking token (a guest has nothing else).
 * An order that does not exist is held by nobody. A caller that already read
 * the order's ticket passes it, so it is not read twice.
 */
export async function holdsOrder(req: MedusaRequest, orderId: string, ticketRead?: { tracking_token: string }): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  const order = orders[0]
  if (!order) return false
  const customerId = signedInCustomer(req)
  if (customerId && order.customer_id === customerId) return true
  const token = trackingTokenOf(req)
  if (!token) return false
  const ticket = ticketRead ?? (await req.scope.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ order_id: orderId }, { select: ["tracking_token"], take: 1 }))[0]
  return Boolean(ticket) && sameSecret(token, ticket.tracking_token)
}
