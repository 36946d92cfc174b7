import type { BigNumberValue } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const captureCardPaymentStepId = "capture-card-payment"

export type CardCapture = {
  captured: boolean
  /** The provider's refusal (authorization expired, bank decline), for the manager. */
  payment_failure: string | null
  /** The order transactions of what was captured (Medusa's `addOrderTransactionStep` input). */
  transactions: { order_id: string; amount: BigNumberValue; currency_code: string; reference_id: string; reference: "capture" }[]
}

/**
 * Captures the card authorized at checkout, as preparation starts, with the
 * payment module (Medusa's `capturePaymentStep` does the same call, but a
 * refusal there fails the whole move). A refusal must not hold up the
 * kitchen: it is returned, not thrown, and the workflow flags the ticket
 * for the manager. A capture cannot be undone by a compensation (the money
 * is taken; a refund is the manager's decision), so the move captures last.
 */
export const captureCardPaymentStep = createStep(
  captureCardPaymentStepId,
  async ({ ticket_id, order_id, payment_id, actor }: { ticket_id: string; order_id: string; payment_id: string; actor: string | null }, { container }) => {
    let payment
    try {
      payment = await container.resolve(Modules.PAYMENT).capturePayment({ payment_id, captured_by: actor ?? undefined })
    } catch (error) {
      const failure = (error as Error | undefined)?.message || "the card payment could not be captured"
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Kitchen ticket ${ticket_id}: card capture failed (${failure}); flagged for the manager.`)
      return new StepResponse<CardCapture>({ captured: false, payment_failure: failure, transactions: [] })
    }
    const transactions = (payment.captures ?? []).map((capture) => ({
      order_id,
      amount: capture.raw_amount ?? capture.amount,
      currency_code: payment.currency_code,
      reference_id: capture.id,
      reference: "capture" as const,
    }))
    return new StepResponse<CardCapture>({ captured: true, payment_failure: null, transactions })
  }
)
