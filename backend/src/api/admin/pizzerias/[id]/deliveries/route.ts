import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readDeliveries, type Delivery } from "@/kitchen/read-deliveries"

/** GET /admin/pizzerias/:id/deliveries: the delivery board: ready to take, on the road (whose), back after a failed attempt. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ deliveries: Delivery[] }>): Promise<void> {
  res.json({ deliveries: await readDeliveries(req.scope, req.params.id, req.auth_context.actor_id ?? null) })
}
