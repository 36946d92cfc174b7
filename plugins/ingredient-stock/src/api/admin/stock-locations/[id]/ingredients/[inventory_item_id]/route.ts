import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCodedErrors } from "@oc-pizza/api-types"
import { StockError } from "../../../../../../errors/stock-error"
import { ingredientRowsAt } from "../../../../../../stock/ingredient-rows"
import { setLowStockThresholdWorkflow } from "../../../../../../workflows/set-low-stock-threshold"
import type { PostLowStockThresholdType } from "../../validators"

/** POST: the ingredient's low-stock threshold at this location; answers its row, `is_low` included. */
export const POST = withCodedErrors(async function POST(req: AuthenticatedMedusaRequest<PostLowStockThresholdType>, res: MedusaResponse): Promise<void> {
  const { id: stock_location_id, inventory_item_id } = req.params
  await setLowStockThresholdWorkflow(req.scope).run({ input: { stock_location_id, inventory_item_id, low_stock_threshold: req.validatedBody.low_stock_threshold } })
  const [row] = await ingredientRowsAt(req.scope, stock_location_id, [inventory_item_id])
  if (!row) throw new StockError(404, "unknown_ingredient", `Inventory item ${inventory_item_id} is not stocked at location ${stock_location_id}.`)
  res.json({ ingredient: row })
})
