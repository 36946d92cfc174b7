import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DomainError } from "../../../../../../errors/domain-error"
import { ticketOfCustomerOrder } from "../../../../../../kitchen/order-access"

/**
 * POST /store/orders/:id/payment/authorize: after a change, once the
 * customer has confirmed the new amount in the Payment Element, the new
 * payment is authorized with the provider (which reads the card's state from
 * Stripe). Stripe's webhook does the same if the customer's browser never
 * comes back; whichever comes first wins, the other changes nothing.
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse<{ order_id: string; payment_status: "authorized" }>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.payment_sessions.id",
      "payment_collections.payment_sessions.status",
      "payment_collections.payment_sessions.amount",
    ],
    filters: { id: ticket.order_id },
  })
  const collections = (orders[0]?.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
  const waiting = collections.find((collection) => ["not_paid", "awaiting", "partially_authorized"].includes(collection.status))
  if (!waiting) {
    if (collections.some((collection) => collection.status === "authorized" || collection.status === "completed")) {
      res.json({ order_id: ticket.order_id, payment_status: "authorized" })
      return
    }
    throw new DomainError(409, "nothing_to_authorize", "This order has no payment waiting for your confirmation.")
  }
  // a session opened before a second change still holds the old amount: it must not be what gets authorized
  const session = (waiting.payment_sessions ?? []).find(
    (candidate) => candidate && candidate.status !== "canceled" && Number(candidate.amount) === Number(waiting.amount)
  )
  if (!session) {
    throw new DomainError(409, "payment_session_missing", `Open the card payment for the new total (${Number(waiting.amount).toFixed(2)}) first (POST /store/payment-collections/:id/payment-sessions, with the order's ?token= or signed in).`)
  }
  try {
    await req.scope.resolve(Modules.PAYMENT).authorizePaymentSession(session.id, {})
  } catch {
    throw new DomainError(402, "payment_declined", "The card payment of the new total is not confirmed: confirm it in the payment form, or try another card.")
  }
  res.json({ order_id: ticket.order_id, payment_status: "authorized" })
}
