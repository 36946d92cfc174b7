import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TICKET_STATUS_CHANGED, type TicketStatusChanged } from "../kitchen/events"
import { liveBus } from "../live/live-bus"
import { recordTicketStatus } from "../operations/metrics"

/** Every committed status change goes to every server process, for the boards and tracking streams. */
export default async function broadcastTicketStatus({ event: { data }, container }: SubscriberArgs<TicketStatusChanged>): Promise<void> {
  recordTicketStatus(data)
  await liveBus(container).publish({
    id: data.history_id,
    ticket_id: data.ticket_id,
    order_id: data.order_id,
    stock_location_id: data.stock_location_id,
    status: data.status,
    at: data.at,
  })
}

export const config: SubscriberConfig = { event: TICKET_STATUS_CHANGED, context: { subscriberId: "broadcast-ticket-status" } }
