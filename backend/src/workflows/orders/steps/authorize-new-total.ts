import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import { pendingCardPaymentError } from "@/payments/pending-card-payment"

export const authorizeNewTotalStepId = "authorize-new-total"

/**
 * Authorizes the session of the new total with its provider (which reads the
 * card's state from Stripe). A card not confirmed, or declined, is a 402 the
 * customer can act on; a payment the bank is still settling (Stripe's
 * `processing`) a 409 `payment_pending`. Only the provider's "not authorized"
 * (Medusa's NOT_ALLOWED) is the customer's to act on: any other failure (the
 * database, Stripe unreachable) is thrown as it is, so the caller fails and
 * Stripe's webhook is delivered again. Compensation cancels the authorization.
 */
export const authorizeNewTotalStep = createStep(
  authorizeNewTotalStepId,
  async ({ session_id }: { session_id: string }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    let payment
    try {
      payment = await payments.authorizePaymentSession(session_id, {})
    } catch (error) {
      if ((error as { type?: unknown }).type !== MedusaError.Types.NOT_ALLOWED) throw error
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Payment session ${session_id}: the new total was not authorized (${(error as Error).message}).`)
      throw (
        (await pendingCardPaymentError(container, session_id)) ??
        new DomainError(402, "payment_declined", {
          fr: "Le paiement par carte du nouveau total n'est pas confirmé : confirmez-le dans le formulaire de paiement, ou essayez une autre carte.",
          en: "The card payment of the new total is not confirmed: confirm it in the payment form, or try another card.",
        })
      )
    }
    // Medusa answers null for a payment its provider reports as still settling: not authorized
    if (!payment)
      throw (
        (await pendingCardPaymentError(container, session_id)) ??
        new DomainError(409, "payment_pending", { fr: "Ce paiement n'est pas encore autorisé.", en: "This payment is not authorized yet." })
      )
    return new StepResponse({ payment_id: payment.id }, payment.id)
  },
  async (paymentId, { container }) => {
    if (!paymentId) return
    await container.resolve(Modules.PAYMENT).cancelPayment(paymentId)
  }
)
