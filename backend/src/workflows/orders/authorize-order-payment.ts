import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeSessionOnceWorkflow } from "../payments/authorize-session-once"
import { findPaymentToAuthorizeStep } from "./steps/find-payment-to-authorize"

export const authorizeOrderPaymentWorkflowId = "authorize-order-payment"

/**
 * After a change, once the customer has confirmed the new amount in the
 * Payment Element, the new payment is authorized, under the payment
 * session's lock. Stripe's webhook does the same, under the same lock, if
 * the customer's browser never comes back; whichever comes first wins, the
 * other changes nothing. A payment the bank is still settling is a 409
 * `payment_pending`, never "authorized".
 */
export const authorizeOrderPaymentWorkflow = createWorkflow(authorizeOrderPaymentWorkflowId, (input: { order_id: string }) => {
  const waiting = findPaymentToAuthorizeStep(input)
  when({ waiting }, ({ waiting }) => waiting.session_id !== null).then(() => {
    authorizeSessionOnceWorkflow.runAsStep({ input: transform({ waiting }, ({ waiting }) => ({ session_id: waiting.session_id! })) })
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ order_id: input.order_id, payment_status: "authorized" as const })))
})
