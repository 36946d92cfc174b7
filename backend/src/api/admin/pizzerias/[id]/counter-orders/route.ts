import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { placedOrderTime } from "@/counter/counter-quote"
import { placeCounterOrderWorkflow } from "@/workflows/counter/place-counter-order"
import type { PostCounterOrderType } from "../../validators"

/**
 * POST /admin/pizzerias/:id/counter-orders: a clerk takes a phone or counter
 * order for their pizzeria, paid on delivery or at the counter. Menu prices
 * only: the body has no price to give. The answer carries the time to confirm
 * to the caller (`eta`: ready for a pickup, at the door for a delivery).
 */
export async function POST(req: AuthenticatedMedusaRequest<PostCounterOrderType>, res: MedusaResponse): Promise<void> {
  const { result } = await placeCounterOrderWorkflow(req.scope).run({ input: { stock_location_id: req.params.id, ...req.validatedBody } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "currency_code",
      "customer_id",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
    ],
    filters: { id: result.order_id },
  })
  // the time to confirm to the caller, from the ticket the order just opened
  const time = await placedOrderTime(req.scope, result.order_id)
  res.status(201).json({ order: data[0], customer_created: result.customer_created, ...time })
}
