import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { paymentSessionLockKey } from "@/payments/payment-session-lock"
import { authorizeNewTotalStep } from "../orders/steps/authorize-new-total"

export const authorizeSessionOnceWorkflowId = "authorize-session-once"

/**
 * A payment session authorized once, whoever asks: the customer's browser
 * coming back (`authorizeOrderPaymentWorkflow`) or Stripe's webhook
 * (backend/src/api/hooks/payment/middlewares.ts). Medusa's payment module
 * checks "already authorized?" then writes; under the session's lock the
 * second caller finds the first one's payment and changes nothing.
 */
export const authorizeSessionOnceWorkflow = createWorkflow(authorizeSessionOnceWorkflowId, (input: { session_id: string }) => {
  const key = transform({ input }, ({ input }) => paymentSessionLockKey(input.session_id))
  // an owner of its own, so two runs racing for a fresh lock row cannot both believe they hold it
  const ownerId = transform({ input }, () => randomUUID())
  // held when run as a step too (authorizeOrderPaymentWorkflow): no parent takes this key for it
  acquireLockStep({ key, timeout: 30, ttl: 120, ownerId, executeOnSubWorkflow: true })
  const authorized = authorizeNewTotalStep({ session_id: input.session_id })
  releaseLockStep({ key, ownerId, executeOnSubWorkflow: true })
  return new WorkflowResponse(authorized)
})
