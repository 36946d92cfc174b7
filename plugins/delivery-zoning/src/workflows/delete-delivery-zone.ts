import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteDeliveryZoneStep } from "./steps/soft-delete-delivery-zone"

export const deleteDeliveryZoneWorkflowId = "delete-delivery-zone"

/** Deletes a zone (soft: restored if a later step fails). */
export const deleteDeliveryZoneWorkflow = createWorkflow(deleteDeliveryZoneWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(softDeleteDeliveryZoneStep(input.id))
})
