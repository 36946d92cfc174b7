import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelCardHoldsStep } from "./steps/cancel-card-holds"
import { findCardHoldsStep } from "./steps/find-card-holds"

export const releaseCardHoldWorkflowId = "release-card-hold"

/**
 * After a checkout refused a cart (stock gone, pizzeria closed, fee changed):
 * the card the customer confirmed is no longer held. Under the cart's own
 * lock (the key Medusa's completion and the stock guard take, so no
 * completion of this cart runs meanwhile), the card sessions still holding
 * money are found, then cancelled with Stripe through Medusa's payment
 * module and removed. `released` lists them: empty when nothing was held.
 */
export const releaseCardHoldWorkflow = createWorkflow(releaseCardHoldWorkflowId, (input: { cart_id: string }) => {
  // an owner of its own, so two runs racing for a fresh lock row cannot both believe they hold it
  const ownerId = transform({ input }, () => randomUUID())
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120, ownerId })
  const holds = findCardHoldsStep({ cart_id: input.cart_id })
  const { released } = cancelCardHoldsStep(holds)
  releaseLockStep({ key: input.cart_id, ownerId })
  return new WorkflowResponse({ released })
})
