import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { DomainError, isDomainError } from "@/errors/domain-error"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { transitionKitchenTicketWorkflow } from "@/workflows/kitchen/transition-kitchen-ticket"

/**
 * POST /store/orders/:id/cancel: the customer cancels while the kitchen has
 * not started; nothing is charged and the ingredients go back. Once a
 * pizzaiolo has started (even a moment before): 409 preparation_started.
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse<{ id: string; status: "cancelled" }>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  const started = (status: string) =>
    new DomainError(409, "preparation_started", "The kitchen has started this order: it can no longer be cancelled here. Call the pizzeria.", { status })
  if (ticket.status !== "received") throw started(ticket.status)
  try {
    await transitionKitchenTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id, to: "cancelled", actor: null, note: "cancelled by the customer" } })
  } catch (error) {
    // a pizzaiolo pressed "start" between our read and the cancel
    if (isDomainError(error) && error.code === "invalid_transition") throw started(String(error.details?.status ?? "preparing"))
    throw error
  }
  res.json({ id: req.params.id, status: "cancelled" })
}
