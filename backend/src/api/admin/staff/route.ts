import type { MedusaResponse } from "@medusajs/framework/http"
import { addStaff, listStaff, type StaffView } from "@/staff/manage-staff"
import type { StaffRequest } from "@/staff/staff-of-request"
import type { PostStaffMemberType } from "./validators"

/** GET /admin/staff: the people an admin (everyone) or a manager (their pizzerias' staff) manages. */
export async function GET(req: StaffRequest, res: MedusaResponse<{ staff: StaffView[] }>): Promise<void> {
  res.json({ staff: await listStaff(req.scope, req.staff!) })
}

/** POST /admin/staff { email, role, pizzeria_ids }: adds someone (invited if they have no account yet) or changes their role. */
export async function POST(
  req: StaffRequest & { validatedBody: PostStaffMemberType },
  res: MedusaResponse<{ staff_member: StaffView; invite_token: string | null }>
): Promise<void> {
  const { member, invite_token } = await addStaff(req.scope, req.staff!, req.validatedBody)
  res.status(201).json({ staff_member: member, invite_token })
}
