import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { STOCK_CHANGED_EVENT } from "./record-stock-movement"
import { applyStockMovementsStep, type ApplyStockMovementsInput } from "./steps/apply-stock-movements"

export const recordStockMovementsWorkflowId = "record-stock-movements"

/** Several movements at one location, all or none, announced with one stock-changed event. */
export const recordStockMovementsWorkflow = createWorkflow(recordStockMovementsWorkflowId, (input: ApplyStockMovementsInput) => {
  const applied = applyStockMovementsStep(input)
  const event = transform({ input }, ({ input }) =>
    input.movements.length ? [{ stock_location_id: input.stock_location_id, inventory_item_ids: [...new Set(input.movements.map((movement) => movement.inventory_item_id))] }] : []
  )
  emitEventStep({ eventName: STOCK_CHANGED_EVENT, data: event })
  return new WorkflowResponse(applied)
})
