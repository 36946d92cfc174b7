import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { ticketEventsSince } from "@/kitchen/ticket-events-since"
import { liveBus } from "@/live/live-bus"
import { streamTicketEvents } from "@/live/sse"

/** GET /store/orders/:id/tracking/stream: the order's status changes, live, for whoever may track it. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  await streamTicketEvents(
    req,
    res,
    liveBus(req.scope),
    (event) => event.ticket_id === ticket.id,
    () => ticketEventsSince(req.scope, req.get("last-event-id"), { id: ticket.id })
  )
}
