import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { TicketStatus } from "../../../../../kitchen/lifecycle"
import { ticketOfCustomerOrder } from "../../../../../kitchen/order-access"
import { readTickets } from "../../../../../kitchen/read-tickets"

type Tracking = { status: TicketStatus; history: { status: TicketStatus; at: string }[]; eta: string | null; kind: "delivery" | "pickup" }

/** GET /store/orders/:id/tracking: for the order's signed-in customer, or anyone holding its tracking token. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<Tracking>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  const [view] = await readTickets(req.scope, { id: ticket.id })
  res.json({
    status: view.status,
    kind: view.kind,
    history: view.history.map(({ status, at }) => ({ status, at })),
    eta: view.estimated_ready_at,
  })
}
