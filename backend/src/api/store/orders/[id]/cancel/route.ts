import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { cancelCustomerOrderWorkflow } from "@/workflows/orders/cancel-customer-order"

/**
 * POST /store/orders/:id/cancel: the customer cancels while the kitchen has
 * not started (`cancelCustomerOrderWorkflow`); once a pizzaiolo has started,
 * even a moment before: 409 preparation_started.
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse<{ id: string; status: "cancelled" }>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  await cancelCustomerOrderWorkflow(req.scope).run({ input: { ticket_id: ticket.id } })
  res.json({ id: req.params.id, status: "cancelled" })
}
