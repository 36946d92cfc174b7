import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { isCardProvider, PAY_ON_DELIVERY_PROVIDER } from "../payments/payment-providers"

/** What the customer still has to do for the new total: nothing (paid on delivery), or authorize their card again. */
export type PaymentAfterEdit = { payment_collection_id: string; amount: number; provider_id: string; status: "authorized" | "awaiting_authorization" } | null

/**
 * Confirming an edit cancels the order's authorization and opens a payment
 * collection for the new total (Medusa), whoever made the edit. A
 * pay-on-delivery order simply carries the new total: the system provider
 * authorizes it at once, so the kitchen can start it and the driver capture
 * it. A card order waits for the customer to confirm the new amount in the
 * Payment Element; until then the kitchen cannot start it (409 payment_pending).
 */
export async function settlePaymentAfterEdit(container: MedusaContainer, orderId: string): Promise<PaymentAfterEdit> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.id", "payment_collections.status", "payment_collections.amount", "payment_collections.payments.provider_id"],
    filters: { id: orderId },
  })
  const collections = (orders[0]?.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
  const open = collections.find((collection) => collection.status === "not_paid" && Number(collection.amount) > 0)
  if (!open) return null
  const card = collections.flatMap((collection) => collection.payments ?? []).find((payment) => isCardProvider(payment?.provider_id))
  if (card) {
    return { payment_collection_id: open.id, amount: Number(open.amount), provider_id: card.provider_id, status: "awaiting_authorization" }
  }
  const { result: session } = await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: open.id, provider_id: PAY_ON_DELIVERY_PROVIDER } })
  await container.resolve(Modules.PAYMENT).authorizePaymentSession(session.id, {})
  return { payment_collection_id: open.id, amount: Number(open.amount), provider_id: PAY_ON_DELIVERY_PROVIDER, status: "authorized" }
}
