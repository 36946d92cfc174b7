import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLowStockWorkflow } from "./check-low-stock"
import { setLowStockThresholdStep, type SetLowStockThresholdInput } from "./steps/set-low-stock-threshold"

export type { SetLowStockThresholdInput }

/**
 * An ingredient's low-stock threshold at a location, then the low-stock
 * check for it: a threshold set above today's level announces the crossing
 * (`ingredient_stock.low_stock`) at once, as a sale would.
 */
export const setLowStockThresholdWorkflow = createWorkflow("set-low-stock-threshold", (input: SetLowStockThresholdInput) => {
  const id = setLowStockThresholdStep(input)
  checkLowStockWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ stock_location_id: input.stock_location_id, inventory_item_ids: [input.inventory_item_id] })),
  })
  return new WorkflowResponse(id)
})
