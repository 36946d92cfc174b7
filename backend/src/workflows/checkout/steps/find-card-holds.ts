import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCardProvider } from "@/payments/payment-providers"

export const findCardHoldsStepId = "find-card-holds"

/**
 * Session states that hold nothing on the card, or that the customer still
 * acts on: a declined card (`error`, its reason is what the shop shows) and a
 * bank asking for 3-D Secure (`requires_more`).
 */
const KEPT = new Set(["error", "requires_more"])

/**
 * The card sessions of a refused cart whose PaymentIntent may still hold the
 * customer's money: the browser confirmed it, but Medusa's authorization
 * never ran (our validate hook or the stock check refused first), so no
 * payment was recorded and nothing will cancel it. None once the cart has an
 * order (another path completed it meanwhile) or for a session with a
 * payment (Medusa's own compensation cancels that one). The session's stored
 * `data.status` is not read: Medusa refreshes it only when it authorizes, so
 * a `processing` seen earlier may have settled since. Each one is cancelled,
 * and Stripe itself refuses to cancel a payment still processing (the release
 * then fails, and the refusal does not say nothing was charged).
 */
export const findCardHoldsStep = createStep(findCardHoldsStepId, async ({ cart_id }: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ordered } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id } })
  if (ordered.length) return new StepResponse({ session_ids: [] as string[] })
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.status",
      "payment_collection.payment_sessions.payment.id",
    ],
    filters: { id: cart_id },
  })
  const sessions = (carts[0]?.payment_collection?.payment_sessions ?? []).flatMap((session) => (session ? [session] : []))
  const held = sessions.filter((session) => isCardProvider(session.provider_id) && !session.payment?.id && !KEPT.has(session.status))
  return new StepResponse({ session_ids: held.map((session) => session.id) })
})
