import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createKitchenTicketWorkflow } from "../workflows/kitchen/create-kitchen-ticket"

/** Every placed order gets its kitchen ticket (once, however often the event arrives). */
export default async function openKitchenTicket({ event: { data }, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  await createKitchenTicketWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
