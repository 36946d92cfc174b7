import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "@/modules/staff/roles"

export const PostStaffMember = z
  .object({
    email: z.string().email("An e-mail address, e.g. marie@oc-pizza.fr."),
    role: z.enum(STAFF_ROLES),
    pizzeria_ids: z.array(z.string().min(1)).max(50).default([]),
  })
  .strict()
export type PostStaffMemberType = z.infer<typeof PostStaffMember>

export const PostStaffMemberUpdate = z.object({ role: z.enum(STAFF_ROLES).optional(), pizzeria_ids: z.array(z.string().min(1)).max(50).optional() }).strict()
export type PostStaffMemberUpdateType = z.infer<typeof PostStaffMemberUpdate>
