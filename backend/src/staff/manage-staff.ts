import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import { DomainError } from "../errors/domain-error"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { rolesGivenBy, type StaffRole } from "../modules/staff/roles"
import { normalizeEmail, type Staff } from "./staff-of-request"

export type StaffView = {
  id: string
  email: string
  role: StaffRole
  pizzeria_ids: string[]
  /** their admin account: null until they accept the invitation */
  user: { id: string; first_name: string | null; last_name: string | null } | null
}

const service = (container: MedusaContainer) => container.resolve<StaffModuleService>(STAFF_MODULE)

/** Whether `actor` may hand `role` at `pizzeriaIds` to someone: admins anything, managers their pizzerias' roles. */
export function assertMayGive(actor: Staff, role: StaffRole, pizzeriaIds: string[]): void {
  if (!rolesGivenBy(actor.role).includes(role)) {
    throw new DomainError(403, "forbidden_for_role", `A ${actor.role} cannot make someone ${role}.`)
  }
  if (role !== "admin" && pizzeriaIds.length === 0) {
    throw new DomainError(400, "pizzeria_required", "Choose at least one pizzeria this person works at.")
  }
  if (actor.role !== "admin" && pizzeriaIds.some((id) => !actor.pizzeria_ids.includes(id))) {
    throw new DomainError(403, "other_pizzeria", "You can only add people to the pizzerias you manage.")
  }
}

/** Whether `actor` may change or remove `member` at all. */
export function assertMayManage(actor: Staff, member: { email: string; role: StaffRole; pizzeria_ids: string[] }): void {
  if (member.email === actor.email) throw new DomainError(409, "own_record", "You cannot change your own role; ask another manager or an admin.")
  if (actor.role === "admin") return
  assertMayGive(actor, member.role, member.pizzeria_ids)
}

/** The staff an actor may see: everyone for admins, the people of their pizzerias for managers. */
export async function listStaff(container: MedusaContainer, actor: Staff): Promise<StaffView[]> {
  const members = await service(container).listStaffMembers({}, { order: { email: "ASC" }, take: 1000 })
  const visible = actor.role === "admin" ? members : members.filter((member) => member.role !== "admin" && member.pizzeria_ids.some((id) => actor.pizzeria_ids.includes(id)))
  return withUsers(container, visible)
}

export async function withUsers(container: MedusaContainer, members: { id: string; email: string; role: StaffRole; pizzeria_ids: string[] }[]): Promise<StaffView[]> {
  const users = members.length
    ? await container.resolve(Modules.USER).listUsers({ email: members.map((member) => member.email) }, { select: ["id", "email", "first_name", "last_name"] })
    : []
  const userOf = new Map(users.map((user) => [normalizeEmail(user.email), user]))
  return members.map((member) => {
    const user = userOf.get(member.email)
    return {
      id: member.id,
      email: member.email,
      role: member.role,
      pizzeria_ids: member.pizzeria_ids,
      user: user ? { id: user.id, first_name: user.first_name ?? null, last_name: user.last_name ?? null } : null,
    }
  })
}

/**
 * Adds someone, or changes the role of someone already there. A person
 * without an admin account gets a Medusa invitation; the record applies once
 * they accept it.
 */
export async function addStaff(
  container: MedusaContainer,
  actor: Staff,
  input: { email: string; role: StaffRole; pizzeria_ids: string[] }
): Promise<{ member: StaffView; invite_token: string | null }> {
  const email = normalizeEmail(input.email)
  const pizzeriaIds = [...new Set(input.pizzeria_ids)]
  assertMayGive(actor, input.role, pizzeriaIds)
  await assertPizzeriasExist(container, pizzeriaIds)
  const [existing] = await service(container).listStaffMembers({ email })
  if (existing) assertMayManage(actor, existing)
  const saved = existing
    ? await service(container).updateStaffMembers({ id: existing.id, role: input.role, pizzeria_ids: pizzeriaIds })
    : await service(container).createStaffMembers({ email, role: input.role, pizzeria_ids: pizzeriaIds })

  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  let inviteToken: string | null = null
  if (!user) {
    const [invite] = await container.resolve(Modules.USER).listInvites({ email })
    inviteToken = invite ? invite.token : (await createInvitesWorkflow(container).run({ input: { invites: [{ email }] } })).result[0].token
  }
  const [member] = await withUsers(container, [saved])
  return { member, invite_token: inviteToken }
}

export async function changeStaff(container: MedusaContainer, actor: Staff, id: string, input: { role?: StaffRole; pizzeria_ids?: string[] }): Promise<StaffView> {
  const member = await retrieveMember(container, id)
  assertMayManage(actor, member)
  const role = input.role ?? member.role
  const pizzeriaIds = input.pizzeria_ids ? [...new Set(input.pizzeria_ids)] : member.pizzeria_ids
  assertMayGive(actor, role, pizzeriaIds)
  await assertPizzeriasExist(container, pizzeriaIds)
  if (member.role === "admin" && role !== "admin") await assertAnotherAdmin(container, member.id)
  const saved = await service(container).updateStaffMembers({ id, role, pizzeria_ids: pizzeriaIds })
  return (await withUsers(container, [saved]))[0]
}

export async function removeStaff(container: MedusaContainer, actor: Staff, id: string): Promise<void> {
  const member = await retrieveMember(container, id)
  assertMayManage(actor, member)
  if (member.role === "admin") await assertAnotherAdmin(container, member.id)
  await service(container).deleteStaffMembers(id)
}

async function retrieveMember(container: MedusaContainer, id: string) {
  const [member] = await service(container).listStaffMembers({ id })
  if (!member) throw new DomainError(404, "staff_not_found", "No staff member with this id.")
  return member
}

async function assertAnotherAdmin(container: MedusaContainer, leavingId: string): Promise<void> {
  const admins = await service(container).listStaffMembers({ role: "admin" }, { select: ["id"] })
  if (!admins.some((admin) => admin.id !== leavingId)) {
    throw new DomainError(409, "last_admin", "The chain needs at least one admin: name another one first.")
  }
}

async function assertPizzeriasExist(container: MedusaContainer, ids: string[]): Promise<void> {
  if (ids.length === 0) return
  const found = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: ids }, { select: ["id"] })
  const missing = ids.filter((id) => !found.some((location) => location.id === id))
  if (missing.length) throw new DomainError(400, "unknown_pizzeria", `No pizzeria with id ${missing.join(", ")}.`)
}
