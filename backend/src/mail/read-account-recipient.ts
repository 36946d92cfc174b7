import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ResetAudience } from "./account-email-data"

export type AccountRecipient = { id: string; email: string; audience: ResetAudience; knownLocale: string | null }

/** As typed, or lowercased as the staff route and most sign-ups write it. */
const spellings = (email: string) => [...new Set([email.trim(), email.trim().toLowerCase()])]

/**
 * The account a reset e-mail goes to: a registered customer, or an admin user,
 * with the language they are known to read (a customer's last order's).
 * Undefined when the e-mail has no account of that kind: a staff member's
 * address asked for from the shop gets nothing, and the request's answer is
 * the same either way.
 */
export async function readAccountRecipient(container: MedusaContainer, audience: ResetAudience, email: string): Promise<AccountRecipient | undefined> {
  if (audience === "staff") {
    const [user] = await container.resolve(Modules.USER).listUsers({ email: spellings(email) }, { select: ["id", "email"], take: 1 })
    return user ? { id: user.id, email: user.email, audience, knownLocale: null } : undefined
  }
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: spellings(email), has_account: true }, { select: ["id", "email"], take: 1 })
  if (!customer?.email) return undefined
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["locale"],
    filters: { customer_id: customer.id },
    pagination: { order: { created_at: "DESC" }, take: 1 },
  })
  return { id: customer.id, email: customer.email, audience, knownLocale: (orders[0] as { locale?: string | null } | undefined)?.locale ?? null }
}
