import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { OrderTracking } from "@oc-pizza/api-types"
import { ticketOfCustomerOrder } from "@/kitchen/order-access"
import { readOrderTracking } from "@/orders/read-order-tracking"

/**
 * GET /store/orders/:id/tracking: where the order stands, and what was
 * ordered, for the order's signed-in customer or anyone holding its tracking
 * token (a guest's confirmation page has nothing else to read the order with).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<OrderTracking>): Promise<void> {
  const ticket = await ticketOfCustomerOrder(req)
  res.json(await readOrderTracking(req.scope, ticket))
}
