import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"

export const findPaymentToAuthorizeStepId = "find-payment-to-authorize"

/** A collection still waiting for the customer (a card order changed after it was placed). */
const WAITING = new Set(["not_paid", "awaiting", "partially_authorized"])

/**
 * The payment session of an order's new total that the customer confirmed
 * in the Payment Element: `session_id` null when it is already authorized
 * (Stripe's webhook came first), 409 when nothing waits for the customer or
 * no session holds the new amount yet.
 */
export const findPaymentToAuthorizeStep = createStep(findPaymentToAuthorizeStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.payment_sessions.id",
      "payment_collections.payment_sessions.status",
      "payment_collections.payment_sessions.amount",
    ],
    filters: { id: order_id },
  })
  const collections = (orders[0]?.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
  const waiting = collections.find((collection) => WAITING.has(collection.status))
  if (!waiting) {
    if (collections.some((collection) => collection.status === "authorized" || collection.status === "completed")) return new StepResponse({ session_id: null })
    throw new DomainError(409, "nothing_to_authorize", {
      fr: "Cette commande n'a aucun paiement qui attend votre confirmation.",
      en: "This order has no payment waiting for your confirmation.",
    })
  }
  // a session opened before a second change still holds the old amount: it must not be what gets authorized
  const session = (waiting.payment_sessions ?? []).find((candidate) => candidate && candidate.status !== "canceled" && Number(candidate.amount) === Number(waiting.amount))
  if (!session) {
    throw new DomainError(
      409,
      "payment_session_missing",
      `Open the card payment for the new total (${Number(waiting.amount).toFixed(2)}) first (POST /store/payment-collections/:id/payment-sessions, with the order's ?token= or signed in).`
    )
  }
  return new StepResponse<{ session_id: string | null }>({ session_id: session.id })
})
