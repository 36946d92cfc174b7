import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSignInIdentitiesStep } from "./steps/create-sign-in-identities"

export const ensureSignInsWorkflowId = "ensure-sign-ins"

/** The password-less sign-ins of imported customers that have none (a run killed between the customers and their sign-ins). */
export const ensureSignInsWorkflow = createWorkflow(ensureSignInsWorkflowId, (input: { customers: { id: string; email: string }[] }) => {
  return new WorkflowResponse(createSignInIdentitiesStep(input.customers))
})
