import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { guardedCompleteCartStep } from "./steps/guarded-complete-cart"

export const completeCartWithStockGuardWorkflowId = "complete-cart-with-stock-guard"

/** Medusa's cart completion, with the whole cart's ingredients checked under the location's lock. */
export const completeCartWithStockGuardWorkflow = createWorkflow(completeCartWithStockGuardWorkflowId, (input: { cart_id: string }) => {
  const completed = guardedCompleteCartStep(input)
  return new WorkflowResponse(completed)
})
