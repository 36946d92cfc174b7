import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { INGREDIENT_STOCK_MODULE } from "../../../../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../../../../modules/ingredient-stock/service"
import { recordStockMovementWorkflow } from "../../../../../workflows/record-stock-movement"
import type { GetStockMovementsType, PostStockMovementType } from "../validators"

/** GET: the location's ledger, newest first, filtered by item and type. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest<unknown, GetStockMovementsType>, res: MedusaResponse): Promise<void> {
  const stock = req.scope.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const { limit, offset, ...filters } = req.validatedQuery as GetStockMovementsType
  const [movements, count] = await stock.listAndCountStockMovements(
    { stock_location_id: req.params.id, ...filters },
    { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ stock_movements: movements, count, limit, offset })
})

/** POST: record a receipt, waste, count or adjustment; the level changes with it. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<PostStockMovementType>, res: MedusaResponse): Promise<void> {
  const { result } = await recordStockMovementWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      stock_location_id: req.params.id,
      actor_type: req.auth_context.actor_type,
      actor_id: req.auth_context.actor_id,
    },
  })
  const stock = req.scope.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const movement = await stock.retrieveStockMovement(result.movement_id)
  res.status(201).json({ stock_movement: movement })
})
