import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOW_STOCK_EVENT, type LowStockCrossing } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { pizzeriaManagerEmails } from "../staff/pizzeria-managers"
import { sendEmail } from "../mail/send-email"

/** Tells the pizzeria's managers, by e-mail, that an ingredient fell below its threshold. */
export default async function notifyManagersOfLowStock({ event: { data }, container }: SubscriberArgs<LowStockCrossing>): Promise<void> {
  const managers = await pizzeriaManagerEmails(container, data.stock_location_id)
  if (!managers.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: items }, { data: locations }] = await Promise.all([
    query.graph({ entity: "inventory_item", fields: ["title"], filters: { id: data.inventory_item_id } }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: data.stock_location_id } }),
  ])
  await sendEmail(
    container,
    managers.map((email) => ({
      to: email,
      channel: "email",
      template: "low-stock",
      data: {
        subject: `Stock bas : ${items[0]?.title} à ${locations[0]?.name}`,
        ingredient: items[0]?.title,
        pizzeria: locations[0]?.name,
        available: data.available,
        threshold: data.threshold,
      },
      // the same crossing delivered twice is announced once
      idempotency_key: `low-stock:${email}:${data.stock_location_id}:${data.inventory_item_id}:${data.noticed_at}`,
    }))
  )
}

export const config: SubscriberConfig = { event: LOW_STOCK_EVENT }
