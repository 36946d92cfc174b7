import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeMenuPauseStep, type ResumeDishInput } from "./steps/remove-menu-pause"

/** Puts a paused dish back on the location's menu. */
export const resumeDishWorkflow = createWorkflow("resume-dish", (input: ResumeDishInput) => new WorkflowResponse(removeMenuPauseStep(input)))
