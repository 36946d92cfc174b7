import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findUnrefundedCaptureStepId = "find-unrefunded-capture"

type Amount = { amount?: unknown } | null
type Payment = { id: string; captures?: Amount[] | null; refunds?: Amount[] | null } | null

const sum = (amounts: Amount[] | null | undefined) => (amounts ?? []).reduce((total, entry) => total + Number(entry?.amount ?? 0), 0)

/**
 * After a cancelled order's refund: what was captured and not given back.
 * Medusa's refund step logs a provider's refusal (Stripe down, a disputed
 * charge) and carries on, so the order would read cancelled with the money
 * kept and nobody told; this names it for the manager instead.
 */
export const findUnrefundedCaptureStep = createStep(findUnrefundedCaptureStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "currency_code", "payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: order_id },
  })
  const payments = (data[0]?.payment_collections ?? []).flatMap((collection) => (collection?.payments ?? []) as Payment[])
  const kept = payments.flatMap((payment) => {
    const left = payment ? sum(payment.captures) - sum(payment.refunds) : 0
    return payment && left > 0 ? [`${left} ${data[0]!.currency_code.toUpperCase()} of payment ${payment.id}`] : []
  })
  if (!kept.length) return new StepResponse({ payment_failure: null as string | null })
  container.resolve(ContainerRegistrationKeys.LOGGER).error(`Order ${order_id} cancelled, refund refused by the provider: ${kept.join(", ")}; flagged for the manager.`)
  return new StepResponse({
    payment_failure: `The order is cancelled but the refund was refused by the payment provider (${kept.join(", ")}): refund it from the provider's dashboard.` as string | null,
  })
})
