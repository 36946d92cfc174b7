import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { KitchenTicketLine } from "@oc-pizza/api-types"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { readTickets } from "@/kitchen/read-tickets"
import type { PaymentAfterEdit } from "@/workflows/orders/steps/find-payment-after-edit"
import { modifyCustomerOrderWorkflow } from "@/workflows/orders/modify-customer-order"
import type { PostModifyOrderType } from "../../validators"

type Modified = { order_id: string; changed: boolean; items: KitchenTicketLine[]; payment: PaymentAfterEdit }

/**
 * POST /store/orders/:id/modify { items }: the customer changes their order
 * (quantities, pizzas added or removed) until the kitchen starts it, then
 * 409 preparation_started. A card order answers with the payment to
 * confirm again for the new total.
 */
export async function POST(req: MedusaStoreRequest<PostModifyOrderType>, res: MedusaResponse<Modified>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { result: outcome } = await modifyCustomerOrderWorkflow(req.scope).run({
    input: { ticket_id: ticket.id, items: req.validatedBody.items, actor: customerId },
  })
  const [view] = await readTickets(req.scope, { id: ticket.id })
  res.json({ order_id: outcome.order_id, changed: outcome.changed, items: view.items, payment: outcome.payment })
}
