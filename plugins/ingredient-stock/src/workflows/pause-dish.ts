import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertMenuPauseStep, type PauseDishInput } from "./steps/upsert-menu-pause"

export type { PauseDishInput }

/** Switches a dish off at one location ("not tonight"), with the manager's reason. */
export const pauseDishWorkflow = createWorkflow("pause-dish", (input: PauseDishInput) => new WorkflowResponse(upsertMenuPauseStep(input)))
