import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmOrderEditRequestWorkflow } from "@medusajs/medusa/core-flows"
import { settlePaymentAfterEdit } from "../../../../../orders/settle-payment-after-edit"
import { withGuardedStock } from "../../../../../stock/with-guarded-stock"

/**
 * POST /admin/order-edits/:id/confirm (:id is the order's), taken over from
 * Medusa: a manager's edit moves reservations like a customer's change, so
 * it is checked as a whole (what the order gives back counted) under the
 * pizzeria's stock lock; then the payment follows the new total as after a
 * customer's change (Medusa cancelled the authorization).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { result } = await withGuardedStock(req.scope, req.params.id, { after: "preview", releasing: true }, () =>
    confirmOrderEditRequestWorkflow(req.scope).run({ input: { order_id: req.params.id, confirmed_by: req.auth_context.actor_id } })
  )
  const payment = await settlePaymentAfterEdit(req.scope, req.params.id)
  res.json({ order_preview: result, payment })
}
