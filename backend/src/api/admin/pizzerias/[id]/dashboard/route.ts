import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readDashboard, type Dashboard } from "@/dashboard/read-dashboard"

/** GET /admin/pizzerias/:id/dashboard: the manager's view of today's service (boards refresh it from the kitchen stream). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ dashboard: Dashboard }>): Promise<void> {
  res.json({ dashboard: await readDashboard(req.scope, req.params.id) })
}
