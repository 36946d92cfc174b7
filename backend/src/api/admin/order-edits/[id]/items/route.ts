import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { orderEditAddNewItemWorkflow } from "@medusajs/medusa/core-flows"

/**
 * POST /admin/order-edits/:id/items (:id is the order's), taken over from
 * Medusa (its validation still applies): the manager's added dishes are not
 * checked one by one against what is left now, which would refuse swapping a
 * pizza for another at the last units (the removed pizza still holds its
 * ingredients until confirmation). The confirmation
 * (`confirmOrderEditWorkflow`) checks the whole new order under the
 * pizzeria's stock lock, counting what the old lines give back.
 */
export async function POST(req: AuthenticatedMedusaRequest<HttpTypes.AdminAddOrderEditItems>, res: MedusaResponse): Promise<void> {
  const { result } = await orderEditAddNewItemWorkflow(req.scope).run({
    input: { order_id: req.params.id, items: req.validatedBody.items.map((item) => ({ ...item, allow_backorder: true })) },
  })
  res.json({ order_preview: result })
}
