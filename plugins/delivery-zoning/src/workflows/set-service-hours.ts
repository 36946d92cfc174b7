import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveServiceHoursStep, type SaveServiceHoursInput } from "./steps/save-service-hours"

export const setServiceHoursWorkflowId = "set-service-hours"

/** A location's position, opening hours and closures. */
export const setServiceHoursWorkflow = createWorkflow(setServiceHoursWorkflowId, (input: SaveServiceHoursInput) => {
  return new WorkflowResponse(saveServiceHoursStep(input))
})
