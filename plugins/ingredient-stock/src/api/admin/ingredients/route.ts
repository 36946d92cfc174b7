import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { INGREDIENT_STOCK_MODULE } from "../../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../../modules/ingredient-stock/service"
import { upsertIngredientWorkflow } from "../../../workflows/upsert-ingredient"
import type { GetIngredientsType, PostIngredientType } from "./validators"

/** GET /admin/ingredients: ingredient records; with stock_location_id, only that location's settings. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest<unknown, GetIngredientsType>, res: MedusaResponse): Promise<void> {
  const stock = req.scope.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const { stock_location_id, inventory_item_id, limit, offset } = req.validatedQuery as GetIngredientsType
  const [ingredients, count] = await stock.listAndCountIngredients(inventory_item_id ? { inventory_item_id } : {}, {
    relations: ["locations"],
    take: limit,
    skip: offset,
    order: { created_at: "ASC" },
  })
  res.json({
    ingredients: ingredients.map((ingredient) => ({
      ...ingredient,
      locations: stock_location_id ? ingredient.locations.filter((location) => location.stock_location_id === stock_location_id) : ingredient.locations,
    })),
    count,
    limit,
    offset,
  })
})

/** POST /admin/ingredients: describe an inventory item as an ingredient (unit, allergens, cost). */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<PostIngredientType>, res: MedusaResponse): Promise<void> {
  const { result } = await upsertIngredientWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ ingredient: result })
})
