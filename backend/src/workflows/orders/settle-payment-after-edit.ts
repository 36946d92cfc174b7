import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizePaymentSessionStep, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { PAY_ON_DELIVERY_PROVIDER } from "../../payments/payment-providers"
import { findPaymentAfterEditStep } from "./steps/find-payment-after-edit"

export const settlePaymentAfterEditWorkflowId = "settle-payment-after-edit"

/**
 * After an edit is confirmed, the payment follows the new total. A
 * pay-on-delivery order simply carries it: a session with the system
 * provider, authorized at once, so the kitchen can start the order and the
 * driver capture it. A card order is left for the customer to confirm the
 * new amount in the Payment Element (POST /store/orders/:id/payment/authorize).
 */
export const settlePaymentAfterEditWorkflow = createWorkflow(settlePaymentAfterEditWorkflowId, (input: { order_id: string }) => {
  const payment = findPaymentAfterEditStep(input)
  when({ payment }, ({ payment }) => payment?.provider_id === PAY_ON_DELIVERY_PROVIDER).then(() => {
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: transform({ payment }, ({ payment }) => ({ payment_collection_id: payment!.payment_collection_id, provider_id: PAY_ON_DELIVERY_PROVIDER })),
    })
    authorizePaymentSessionStep(transform({ session }, ({ session }) => ({ id: session.id, context: {} })))
  })
  return new WorkflowResponse(payment)
})
