import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openPizzeriaWorkflow, type OpenPizzeriaInput } from "@/workflows/pizzerias/open-pizzeria"
import type { PostPizzeriaType } from "./validators"

/** POST /admin/pizzerias: an admin opens a pizzeria in one workflow; nothing is left half-made if a part fails. */
export async function POST(req: AuthenticatedMedusaRequest<PostPizzeriaType>, res: MedusaResponse<{ pizzeria: { id: string; sales_channel_id: string } }>): Promise<void> {
  const { result } = await openPizzeriaWorkflow(req.scope).run({ input: req.validatedBody as OpenPizzeriaInput })
  res.status(201).json({ pizzeria: { id: result.stock_location_id, sales_channel_id: result.sales_channel_id } })
}
