import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { INGREDIENT_STOCK_MODULE } from "../../../../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../../../../modules/ingredient-stock/service"
import { pauseDishWorkflow } from "../../../../../workflows/pause-dish"
import type { PostMenuPauseType } from "../validators"

/** GET: the dishes switched off at this location. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const stock = req.scope.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const pauses = await stock.listMenuPauses({ stock_location_id: req.params.id }, { order: { created_at: "DESC" } })
  res.json({ menu_pauses: pauses })
})

/** POST: switch a dish off here ("not tonight"), with the reason customers see. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<PostMenuPauseType>, res: MedusaResponse): Promise<void> {
  const { result } = await pauseDishWorkflow(req.scope).run({
    input: { ...req.validatedBody, stock_location_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ menu_pause: result })
})
