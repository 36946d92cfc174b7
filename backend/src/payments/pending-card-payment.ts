import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "@/errors/domain-error"

type SessionState = { id: string; status: string; data?: unknown } | null | undefined

/** Stripe's `processing` (Medusa's `pending_authorization` when the method is declared asynchronous): neither authorized nor refused. */
const isPending = (session: SessionState) => !!session && (session.status === "pending_authorization" || (session.data as { status?: unknown } | null)?.status === "processing")

const pendingError = (sessionId: string) =>
  new DomainError(
    409,
    "payment_pending",
    {
      fr: "Votre banque confirme encore ce paiement : il n'est pas encore autorisé et rien n'a été débité. Réessayez dans un instant.",
      en: "Your bank is still confirming this payment: it is not authorized yet and nothing has been charged. Try again in a moment.",
    },
    {
      payment_session_id: sessionId,
    }
  )

/**
 * A card payment the bank has not settled yet: the answer is 409
 * `payment_pending`, never "authorized" and never "declined". Undefined when
 * the session is in another state.
 */
export async function pendingCardPaymentError(container: MedusaContainer, sessionId: string): Promise<DomainError | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["id", "status", "data"], filters: { id: sessionId } })
  return isPending(sessions[0]) ? pendingError(sessionId) : undefined
}

/** The same for a cart at checkout: any of its sessions still being settled. */
export async function pendingCardPaymentOfCart(container: MedusaContainer, cartId: string): Promise<DomainError | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.payment_sessions.id", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const pending = (carts[0]?.payment_collection?.payment_sessions ?? []).find(isPending)
  return pending ? pendingError(pending.id) : undefined
}
