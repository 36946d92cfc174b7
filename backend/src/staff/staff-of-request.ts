import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import type { StaffRole } from "../modules/staff/roles"

export type Staff = { id: string | null; email: string; role: StaffRole; pizzeria_ids: string[] }

/** Set on admin requests by the guard: who is calling, with their role and pizzerias. */
export type StaffRequest = AuthenticatedMedusaRequest & { staff?: Staff }

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/**
 * The staff record of the signed-in admin user. A secret API key (only admins
 * create them) acts as an admin. While nobody has a staff record, one person
 * becomes admin so that someone can hand out the roles: the only user of a
 * fresh install, or, on an installation that already has several users,
 * the one named by OCP_FIRST_ADMIN_EMAIL.
 */
export async function staffOfRequest(req: AuthenticatedMedusaRequest): Promise<Staff | undefined> {
  const { actor_type, actor_id } = req.auth_context
  if (actor_type === "api-key") return { id: null, email: `api-key:${actor_id}`, role: "admin", pizzeria_ids: [] }
  if (actor_type !== "user" || !actor_id) return undefined
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: actor_id }, { select: ["email"] })
  if (!user) return undefined
  return staffByEmail(req.scope, user.email, { bootstrap: true })
}

export async function staffByEmail(container: MedusaContainer, email: string, { bootstrap = false } = {}): Promise<Staff | undefined> {
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  const [member] = await staff.listStaffMembers({ email: normalizeEmail(email) })
  if (member) return { id: member.id, email: member.email, role: member.role, pizzeria_ids: member.pizzeria_ids ?? [] }
  if (!bootstrap) return undefined
  const [, count] = await staff.listAndCountStaffMembers({}, { take: 1 })
  if (count > 0) return undefined
  const named = process.env.OCP_FIRST_ADMIN_EMAIL?.trim()
  const [, users] = await container.resolve(Modules.USER).listAndCountUsers({}, { take: 1 })
  if (named ? normalizeEmail(named) !== normalizeEmail(email) : users !== 1) return undefined
  try {
    const created = await staff.createStaffMembers({ email: normalizeEmail(email), role: "admin", pizzeria_ids: [] })
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`${created.email} is the first admin: no staff record existed yet.`)
    return { id: created.id, email: created.email, role: "admin", pizzeria_ids: [] }
  } catch {
    // two first requests at once: the other one made the record
    return staffByEmail(container, email)
  }
}
