import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeNewTotalStep } from "./steps/authorize-new-total"
import { findPaymentToAuthorizeStep } from "./steps/find-payment-to-authorize"

export const authorizeOrderPaymentWorkflowId = "authorize-order-payment"

/**
 * After a change, once the customer has confirmed the new amount in the
 * Payment Element, the new payment is authorized. Stripe's webhook does the
 * same if the customer's browser never comes back; whichever comes first
 * wins, the other changes nothing.
 */
export const authorizeOrderPaymentWorkflow = createWorkflow(authorizeOrderPaymentWorkflowId, (input: { order_id: string }) => {
  const waiting = findPaymentToAuthorizeStep(input)
  when({ waiting }, ({ waiting }) => waiting.session_id !== null).then(() => {
    authorizeNewTotalStep(transform({ waiting }, ({ waiting }) => ({ session_id: waiting.session_id! })))
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ order_id: input.order_id, payment_status: "authorized" as const })))
})
