import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TICKET_STATUS_CHANGED, type TicketStatusChanged } from "../kitchen/events"
import { liveBus } from "../live/live-bus"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/** Every committed status change goes to every server process, for the boards and tracking streams. */
export default async function broadcastTicketStatus({ event: { data }, container }: SubscriberArgs<TicketStatusChanged>): Promise<void> {
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [line] = await kitchen.listKitchenTicketEvents({ ticket_id: data.ticket_id, status: data.status }, { order: { at: "DESC" }, take: 1 })
  if (!line) return
  await liveBus(container).publish({
    id: line.id,
    ticket_id: data.ticket_id,
    order_id: data.order_id,
    stock_location_id: data.stock_location_id,
    status: data.status,
    at: new Date(line.at).toISOString(),
  })
}

export const config: SubscriberConfig = { event: TICKET_STATUS_CHANGED, context: { subscriberId: "broadcast-ticket-status" } }
