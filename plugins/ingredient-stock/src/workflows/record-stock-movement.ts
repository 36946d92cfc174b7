import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { applyStockMovementStep, type ApplyStockMovementInput } from "./steps/apply-stock-movement"

export const recordStockMovementWorkflowId = "record-stock-movement"

/** The event after any change of stock at a location; low-stock alerts listen to it. */
export const STOCK_CHANGED_EVENT = "ingredient_stock.stock_changed"

/** A receipt, waste, count or adjustment at one location: level and ledger change together. */
export const recordStockMovementWorkflow = createWorkflow(recordStockMovementWorkflowId, (input: ApplyStockMovementInput) => {
  const applied = applyStockMovementStep(input)
  const event = transform({ input }, ({ input }) => ({
    stock_location_id: input.stock_location_id,
    inventory_item_ids: [input.inventory_item_id],
  }))
  emitEventStep({ eventName: STOCK_CHANGED_EVENT, data: event })
  return new WorkflowResponse(applied)
})
