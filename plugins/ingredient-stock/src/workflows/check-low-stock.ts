import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findLowStockCrossingsStep, type CheckInput } from "./steps/find-low-stock-crossings"

export type { LowStockCrossing } from "./steps/find-low-stock-crossings"

export const LOW_STOCK_EVENT = "ingredient_stock.low_stock"

/** Announces, once per crossing, the ingredients of a location that fell below their threshold. */
export const checkLowStockWorkflow = createWorkflow("check-low-stock", (input: CheckInput) => {
  const crossings = findLowStockCrossingsStep(input)
  const events = transform({ crossings }, ({ crossings }) => crossings)
  emitEventStep({ eventName: LOW_STOCK_EVENT, data: events })
  return new WorkflowResponse(crossings)
})
