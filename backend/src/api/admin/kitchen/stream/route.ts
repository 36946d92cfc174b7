import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketEventsSince } from "@/kitchen/ticket-events-since"
import { liveBus } from "@/live/live-bus"
import { streamTicketEvents } from "@/live/sse"

/** GET /admin/kitchen/stream?pizzeria_id=: a pizzeria's ticket changes, live (server-sent events). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { pizzeria_id: string }>, res: MedusaResponse): Promise<void> {
  const { pizzeria_id } = req.validatedQuery
  await streamTicketEvents(
    req,
    res,
    liveBus(req.scope),
    (event) => event.stock_location_id === pizzeria_id,
    () => ticketEventsSince(req.scope, req.get("last-event-id"), { stock_location_id: pizzeria_id })
  )
}
