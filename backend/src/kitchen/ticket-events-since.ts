import type { MedusaContainer } from "@medusajs/framework/types"
import type { LiveTicketEvent } from "../live/live-bus"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/**
 * The status changes a client missed: those after the history line it last
 * received (SSE Last-Event-ID), for some tickets, oldest first. Nothing when
 * the client did not say where it stopped.
 */
export async function ticketEventsSince(
  container: MedusaContainer,
  lastEventId: string | undefined,
  tickets: { stock_location_id?: string; id?: string }
): Promise<LiveTicketEvent[]> {
  if (!lastEventId) return []
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [last] = await kitchen.listKitchenTicketEvents({ id: lastEventId }, { take: 1 })
  if (!last) return []
  // from the same instant on (two lines can share a timestamp), the last one seen aside
  const events = await kitchen.listKitchenTicketEvents({ at: { $gte: last.at }, id: { $ne: last.id }, ticket: tickets }, { relations: ["ticket"], order: { at: "ASC" }, take: 500 })
  return events.map((event) => ({
    id: event.id,
    ticket_id: event.ticket.id,
    order_id: event.ticket.order_id,
    stock_location_id: event.ticket.stock_location_id,
    status: event.status,
    at: new Date(event.at).toISOString(),
  }))
}
