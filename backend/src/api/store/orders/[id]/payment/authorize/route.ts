import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { authorizeOrderPaymentWorkflow } from "@/workflows/orders/authorize-order-payment"

/**
 * POST /store/orders/:id/payment/authorize: after a change, the customer
 * confirmed the new amount in the Payment Element; the new payment is
 * authorized (`authorizeOrderPaymentWorkflow`).
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse<{ order_id: string; payment_status: "authorized" }>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  const { result } = await authorizeOrderPaymentWorkflow(req.scope).run({ input: { order_id: ticket.order_id } })
  res.json(result)
}
