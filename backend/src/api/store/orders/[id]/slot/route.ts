import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { moveCustomerOrderSlotWorkflow } from "@/workflows/orders/move-customer-order-slot"
import type { PostOrderSlotType } from "../../validators"

/**
 * POST /store/orders/:id/slot { scheduled_for }: the customer moves a booked
 * order to another quarter hour until its fire time, refused as a new
 * booking would be (`slot_full`, `slot_closed`, `slot_too_soon`,
 * `slot_invalid`), then 409 preparation_started.
 */
export async function POST(req: MedusaStoreRequest<PostOrderSlotType>, res: MedusaResponse<{ order_id: string; scheduled_for: string }>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const { result } = await moveCustomerOrderSlotWorkflow(req.scope).run({ input: { ticket_id: ticket.id, scheduled_for: req.validatedBody.scheduled_for, actor } })
  res.json({ order_id: result.order_id, scheduled_for: result.to })
}
