import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCardProvider, PAY_ON_DELIVERY_PROVIDER } from "@/payments/payment-providers"

export const findPaymentAfterEditStepId = "find-payment-after-edit"

/** What the customer still has to do for the new total: nothing (paid on delivery), or authorize their card again. */
export type PaymentAfterEdit = { payment_collection_id: string; amount: number; provider_id: string; status: "authorized" | "awaiting_authorization" } | null

/**
 * Confirming an edit cancels the order's authorization and opens a payment
 * collection for the new total (Medusa), whoever made the edit. This reads
 * that collection: a card order waits for the customer to confirm the new
 * amount (until then the kitchen cannot start it, 409 payment_pending); a
 * pay-on-delivery order is to be authorized at once with the system
 * provider (`settlePaymentAfterEditWorkflow`).
 */
export const findPaymentAfterEditStep = createStep(findPaymentAfterEditStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.id", "payment_collections.status", "payment_collections.amount", "payment_collections.payments.provider_id"],
    filters: { id: order_id },
  })
  const collections = (orders[0]?.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
  const open = collections.find((collection) => collection.status === "not_paid" && Number(collection.amount) > 0)
  if (!open) return new StepResponse<PaymentAfterEdit>(null)
  const card = collections.flatMap((collection) => collection.payments ?? []).find((payment) => isCardProvider(payment?.provider_id))
  return new StepResponse<PaymentAfterEdit>(
    card
      ? { payment_collection_id: open.id, amount: Number(open.amount), provider_id: card.provider_id, status: "awaiting_authorization" }
      : { payment_collection_id: open.id, amount: Number(open.amount), provider_id: PAY_ON_DELIVERY_PROVIDER, status: "authorized" }
  )
})
