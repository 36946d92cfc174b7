import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import type { StaffRole } from "../../modules/staff/roles"
import { assignPizzeriaStaffStep } from "../pizzerias/steps/assign-pizzeria-staff"

export const importStaffWorkflowId = "import-legacy-staff"

export type ImportStaffInput = {
  stock_location_id: string
  staff: { email: string; role: Exclude<StaffRole, "admin"> }[]
  /** those of them who get an invitation e-mail now (none by default) */
  invite: string[]
}

/** One pizzeria's people from the previous system: their staff records (as when it opens), and their invitations, all or none. */
export const importStaffWorkflow = createWorkflow(importStaffWorkflowId, (input: ImportStaffInput) => {
  assignPizzeriaStaffStep(transform({ input }, ({ input }) => ({ stock_location_id: input.stock_location_id, staff: input.staff })))
  when({ input }, ({ input }) => input.invite.length > 0).then(() => {
    createInvitesWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ invites: input.invite.map((email) => ({ email })) })) })
  })
  return new WorkflowResponse(input.staff.length)
})
