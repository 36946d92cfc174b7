import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../errors/domain-error"

/**
 * A card the bank refused: Medusa only says "not authorized with the
 * provider" (400); the customer needs to hear the bank's reason and what to
 * do. Undefined when no payment session of the cart is in error.
 */
export async function declinedPaymentError(container: MedusaContainer, cartId: string): Promise<DomainError | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.payment_sessions.status", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const declined = (carts[0]?.payment_collection?.payment_sessions ?? []).find((session) => session?.status === "error")
  if (!declined) return undefined
  const reason = (declined.data as { last_payment_error?: { message?: string } } | null)?.last_payment_error?.message
  // the bank's reason comes from Stripe, in English
  return new DomainError(402, "payment_declined", {
    fr: `Votre carte a été refusée${reason ? ` (${reason})` : ""}. Rien n'a été débité : essayez une autre carte, ou payez à la livraison.`,
    en: `${reason ?? "Your card was declined."} Nothing has been charged: try another card, or choose to pay on delivery.`,
  })
}
