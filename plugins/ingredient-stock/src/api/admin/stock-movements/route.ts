import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { INGREDIENT_STOCK_MODULE } from "../../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../../modules/ingredient-stock/service"
import type { GetAllStockMovementsType } from "./validators"

/** GET /admin/stock-movements: the ledger across locations, filtered by location, item and type. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest<unknown, GetAllStockMovementsType>, res: MedusaResponse): Promise<void> {
  const stock = req.scope.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const { limit, offset, ...filters } = req.validatedQuery as GetAllStockMovementsType
  const [movements, count] = await stock.listAndCountStockMovements(filters, { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } })
  res.json({ stock_movements: movements, count, limit, offset })
})
