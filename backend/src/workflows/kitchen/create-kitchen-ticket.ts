import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createKitchenTicketStep } from "./steps/create-kitchen-ticket"

export const createKitchenTicketWorkflowId = "create-kitchen-ticket"

/** The kitchen ticket of a placed order (idempotent). */
export const createKitchenTicketWorkflow = createWorkflow(createKitchenTicketWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(createKitchenTicketStep(input))
})
