import { MedusaError } from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES, type StaffRole } from "../modules/staff/roles"

/**
 * The old system's job titles are free text ("Pizzaïolo", "Gérant",
 * "Hôtesse d'accueil"): the operator says which role each becomes, in a
 * JSON file, and which domain the staff's e-mails are on (the old system
 * knew no e-mail, only a user name). A title not in the file is reported
 * and its people are set aside.
 */
const mappingFile = z
  .object({
    email_domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "a domain such as oc-pizza.fr"),
    roles: z.record(z.string(), z.enum(STAFF_ROLES.filter((role) => role !== "admin") as [Exclude<StaffRole, "admin">, ...Exclude<StaffRole, "admin">[]])),
  })
  .strict()

export type RoleMapping = { emailDomain: string; roleOf: (title: string | null) => Exclude<StaffRole, "admin"> | null }

/** Titles compared as people mean them: case, accents and spaces aside ("Pizzaïolo " is "pizzaiolo"). */
const titleKey = (title: string) =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()

export function parseRoleMapping(json: unknown): RoleMapping {
  const parsed = mappingFile.safeParse(json)
  if (!parsed.success)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The role mapping file is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`).join("; ")}`
    )
  const roles = new Map(Object.entries(parsed.data.roles).map(([title, role]) => [titleKey(title), role]))
  return { emailDomain: parsed.data.email_domain.toLowerCase(), roleOf: (title) => (title ? (roles.get(titleKey(title)) ?? null) : null) }
}

export function readRoleMapping(path: string): RoleMapping {
  return parseRoleMapping(JSON.parse(readFileSync(path, "utf8")))
}
