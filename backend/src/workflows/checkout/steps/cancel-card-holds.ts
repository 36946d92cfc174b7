import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const cancelCardHoldsStepId = "cancel-card-holds"

/**
 * Deletes each payment session through Medusa's payment module, whose Stripe
 * provider cancels the session's PaymentIntent (`deletePayment` is its
 * cancel): the authorization leaves the customer's card, and the cart, left
 * without the dead session, gets a fresh one when the shop opens the payment
 * again. A released hold cannot be put back: no compensation, and the step
 * comes last.
 */
export const cancelCardHoldsStep = createStep(cancelCardHoldsStepId, async ({ session_ids }: { session_ids: string[] }, { container }) => {
  const payments = container.resolve(Modules.PAYMENT)
  for (const id of session_ids) await payments.deletePaymentSession(id)
  return new StepResponse({ released: session_ids })
})
