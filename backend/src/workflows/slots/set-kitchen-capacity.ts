import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { writeKitchenCapacityStep, type WriteKitchenCapacityInput } from "./steps/write-kitchen-capacity"

export const setKitchenCapacityWorkflowId = "set-kitchen-capacity"

/** A manager sets what the pizzeria's kitchen can put out per quarter hour, its day parts and the customers' lead times. Bookings already taken stay. */
export const setKitchenCapacityWorkflow = createWorkflow(setKitchenCapacityWorkflowId, (input: WriteKitchenCapacityInput) => {
  writeKitchenCapacityStep(input)
  return new WorkflowResponse(input)
})
