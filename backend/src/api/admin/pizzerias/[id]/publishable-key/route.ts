import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { giveOwnPublishableKeyWorkflow } from "@/workflows/pizzerias/give-own-publishable-key"

/** POST /admin/pizzerias/:id/publishable-key: its own key for a pizzeria opened before pizzerias had one (admins; 409 `own_key_exists` otherwise). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ publishable_key: { id: string; token: string } }>): Promise<void> {
  const { result } = await giveOwnPublishableKeyWorkflow(req.scope).run({ input: { stock_location_id: req.params.id } })
  res.status(201).json({ publishable_key: result })
}
