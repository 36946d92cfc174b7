import type { MedusaResponse } from "@medusajs/framework/http"
import { changeStaff, removeStaff, type StaffView } from "@/staff/manage-staff"
import type { StaffRequest } from "@/staff/staff-of-request"
import type { PostStaffMemberUpdateType } from "../validators"

/** POST /admin/staff/:id { role?, pizzeria_ids? } */
export async function POST(req: StaffRequest & { validatedBody: PostStaffMemberUpdateType }, res: MedusaResponse<{ staff_member: StaffView }>): Promise<void> {
  res.json({ staff_member: await changeStaff(req.scope, req.staff!, req.params.id, req.validatedBody) })
}

/** DELETE /admin/staff/:id: the person keeps their account but can no longer do anything in the admin. */
export async function DELETE(req: StaffRequest, res: MedusaResponse<{ id: string; object: "staff_member"; deleted: true }>): Promise<void> {
  await removeStaff(req.scope, req.staff!, req.params.id)
  res.json({ id: req.params.id, object: "staff_member", deleted: true })
}
