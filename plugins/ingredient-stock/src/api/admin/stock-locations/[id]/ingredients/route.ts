import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { ingredientRowsAt } from "../../../../../stock/ingredient-rows"

/** GET: every ingredient with its level, unit and low-stock threshold at the location. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ stock_location_id: req.params.id, ingredients: await ingredientRowsAt(req.scope, req.params.id) })
})
