import type { MedusaContainer } from "@medusajs/framework/types"
import type { FailedEmail } from "@oc-pizza/api-types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskEmailAddress } from "../mail/mask-email-address"
import { readUndeliveredEmails } from "../mail/read-undelivered-emails"

type PizzeriaEmailData = { stock_location_id?: unknown; order?: { id?: unknown; display_id?: unknown }; order_id?: unknown }

/**
 * The service day's e-mails of one pizzeria (order news and low-stock alerts
 * carry its `stock_location_id`) that no attempt has delivered, newest first,
 * so the manager can phone a customer who never heard of the order.
 */
export async function readFailedEmails(container: MedusaContainer, stockLocationId: string, since: Date, now: Date): Promise<FailedEmail[]> {
  const emails = (await readUndeliveredEmails(container, since, now)).filter((email) => (email.first.data as PizzeriaEmailData | null)?.stock_location_id === stockLocationId)
  if (!emails.length) return []
  const orderIdOf = (data: PizzeriaEmailData | null) => {
    const id = data?.order?.id ?? data?.order_id
    return typeof id === "string" ? id : null
  }
  const orderIds = [...new Set(emails.flatMap((email) => orderIdOf(email.first.data as PizzeriaEmailData | null) ?? []))]
  const { data: orders } = orderIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] }
  const displayIdOf = new Map(orders.map((order) => [order.id, order.display_id == null ? null : Number(order.display_id)]))
  return emails
    .map(({ first, attempts, last_error, next_attempt_at }) => ({
      id: first.id,
      template: first.template,
      to: maskEmailAddress(first.to),
      order_display_id: displayIdOf.get(orderIdOf(first.data as PizzeriaEmailData | null) ?? "") ?? null,
      attempts,
      last_error,
      next_attempt_at: next_attempt_at?.toISOString() ?? null,
      created_at: new Date(first.created_at).toISOString(),
    }))
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
}
