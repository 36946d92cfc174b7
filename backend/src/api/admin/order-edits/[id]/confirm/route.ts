import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmOrderEditWorkflow } from "@/workflows/orders/confirm-order-edit"

/**
 * POST /admin/order-edits/:id/confirm (:id is the order's), taken over from
 * Medusa: a manager's edit moves reservations like a customer's change
 * (`confirmOrderEditWorkflow`: whole order checked under the pizzeria's
 * stock lock, then the payment follows the new total).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { result } = await confirmOrderEditWorkflow(req.scope).run({ input: { order_id: req.params.id, confirmed_by: req.auth_context.actor_id } })
  res.json(result)
}
