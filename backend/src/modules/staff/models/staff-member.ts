import { model } from "@medusajs/framework/utils"
import { STAFF_ROLES } from "../roles"

/**
 * A staff member's role and the pizzerias (stock location ids) they work at,
 * keyed by e-mail: a manager adds someone before their admin account exists
 * (they get an invitation), and the record applies once they sign up.
 */
export const StaffMember = model.define("staff_member", {
  id: model.id({ prefix: "staff" }).primaryKey(),
  email: model.text().unique(),
  role: model.enum([...STAFF_ROLES]),
  pizzeria_ids: model.array(),
})
