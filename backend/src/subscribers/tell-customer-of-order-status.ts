import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { readSettings } from "../config/settings"
import { TICKET_STATUS_CHANGED, type TicketStatusChanged } from "../kitchen/events"
import { readOrderEmail } from "../mail/order-email-data"
import { sendEmail } from "../mail/send-email"

/** E-mails the customer at each step they care about (placed, changed, preparing, on its way or ready, delivered or collected, cancelled, delivery failed). */
export default async function tellCustomerOfOrderStatus({ event: { data }, container }: SubscriberArgs<TicketStatusChanged>): Promise<void> {
  const email = await readOrderEmail(container, data, readSettings().storefrontUrl)
  if (email) await sendEmail(container, email)
}

export const config: SubscriberConfig = { event: TICKET_STATUS_CHANGED }
