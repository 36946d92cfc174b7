import { Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { importStaffWorkflow, type ImportStaffInput } from "../workflows/legacy/import-staff"
import { slugOf, tidyName, tidyText } from "./clean-values"
import { groupBy } from "./group-by"
import type { ImportContext, ImportedPizzeria } from "./import-context"
import { refusal } from "./refusal"
import { CompteEmploye, Employe, TypeEmploye } from "./source/entities"

/**
 * Employees become staff records at their pizzeria, with the role the
 * mapping file gives their job title, and an e-mail on the chain's domain
 * made from their old user name (from their name when they had no account).
 * Passwords are never read (the account table's password column is not even
 * declared); with --invite each new person gets Medusa's invitation e-mail
 * and chooses a password. A re-run leaves existing staff as they are.
 */
export async function importStaff(context: ImportContext, pizzerias: Map<number, ImportedPizzeria>): Promise<void> {
  const { container, source, report, options } = context
  const employees = await source.all(Employe)
  const titles = new Map((await source.all(TypeEmploye)).map((title) => [title.id, title.nom_type]))
  const usernames = new Map((await source.all(CompteEmploye)).map((account) => [account.employe_id, account.username]))
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  const known = new Set((await staff.listStaffMembers({}, { select: ["email"], take: null })).map((member) => member.email))
  const users = container.resolve(Modules.USER)
  const invited = new Set(
    options.dryRun || !options.invite
      ? []
      : [...(await users.listUsers({}, { select: ["email"], take: null })), ...(await users.listInvites({}, { select: ["email"], take: null }))].map((row) => row.email)
  )

  const people: (ImportStaffInput["staff"][number] & { key: string; locationId: string })[] = []
  const taken = new Set<string>()
  for (const employee of employees) {
    report.read("staff")
    const key = String(employee.id)
    const name = `${tidyName(employee.prenom) ?? ""} ${tidyName(employee.nom) ?? ""}`.trim()
    const title = employee.type_employe_id ? (titles.get(employee.type_employe_id) ?? null) : null
    if (!options.roles) {
      report.setAsideRow("staff", { table: "employe", key, reason: "roles_file_missing", detail: `${name} (${title ?? "no title"}): give the role mapping with --roles` })
      continue
    }
    const role = options.roles.roleOf(title)
    if (!role) {
      report.setAsideRow("staff", { table: "employe", key, reason: "title_unmapped", detail: `${name}: "${tidyText(title) ?? ""}" is not in the role mapping` })
      continue
    }
    const pizzeria = employee.pizzeria_id ? pizzerias.get(employee.pizzeria_id) : undefined
    if (!pizzeria) {
      report.setAsideRow("staff", { table: "employe", key, reason: "pizzeria_set_aside", detail: `${name}: their pizzeria was not imported` })
      continue
    }
    const username = usernames.get(employee.id)
    if (!username) report.warn({ table: "employe", key, reason: "no_account", detail: `${name}: no account in the old system; e-mail made from the name` })
    let local = slugOf(username ?? `${employee.prenom ?? ""} ${employee.nom ?? ""}`).replace(/-/g, ".") || `employe.${key}`
    if (taken.has(local)) local = `${local}.${key}`
    taken.add(local)
    const email = `${local}@${options.roles.emailDomain}`
    people.push({ email, role, key, locationId: pizzeria.locationId })
  }

  for (const [locationId, atPizzeria] of groupBy(people, (person) => person.locationId)) {
    const fresh = atPizzeria.filter((person) => !known.has(person.email))
    // --invite invites everyone without an account or invitation yet, those imported by an earlier run too
    const invite = options.invite ? atPizzeria.map((person) => person.email).filter((email) => !invited.has(email)) : []
    report.outcome("staff", "unchanged", atPizzeria.length - fresh.length)
    if (options.dryRun) report.outcome("staff", "created", fresh.length)
    if (options.dryRun || (!fresh.length && !invite.length)) continue
    try {
      await importStaffWorkflow(container).run({
        input: { stock_location_id: locationId, staff: fresh.map(({ email, role }) => ({ email, role })), invite },
      })
      report.outcome("staff", "created", fresh.length)
    } catch (error) {
      for (const person of fresh.length ? fresh : atPizzeria.filter((person) => invite.includes(person.email))) report.setAsideRow("staff", refusal("employe", person.key, error))
    }
  }
}
