import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findLowStockCrossingsStep, type CheckInput } from "./steps/find-low-stock-crossings"

export const LOW_STOCK_EVENT = "ingredient_stock.low_stock"

export type LowStockCrossing = {
  stock_location_id: string
  inventory_item_id: string
  ingredient_id: string
  available: number
  threshold: number
  /** When the crossing was noticed: with the ingredient and location, identifies it. */
  noticed_at: string
}

/** Announces, once per crossing, the ingredients of a location that fell below their threshold. */
export const checkLowStockWorkflow = createWorkflow("check-low-stock", (input: CheckInput) => {
  const crossings = findLowStockCrossingsStep(input)
  const events = transform({ crossings }, ({ crossings }) => crossings)
  emitEventStep({ eventName: LOW_STOCK_EVENT, data: events })
  return new WorkflowResponse(crossings)
})
