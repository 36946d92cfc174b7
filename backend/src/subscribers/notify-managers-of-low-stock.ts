import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LOW_STOCK_EVENT, type LowStockCrossing } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { readSettings } from "../config/settings"
import { readLowStockEmails } from "../mail/low-stock-email-data"
import { sendEmail } from "../mail/send-email"

/** Tells the pizzeria's managers, by e-mail, that an ingredient fell below its threshold. */
export default async function notifyManagersOfLowStock({ event: { data }, container }: SubscriberArgs<LowStockCrossing>): Promise<void> {
  const emails = await readLowStockEmails(container, data, readSettings().backendUrl)
  if (emails.length) await sendEmail(container, emails)
}

export const config: SubscriberConfig = { event: LOW_STOCK_EVENT }
