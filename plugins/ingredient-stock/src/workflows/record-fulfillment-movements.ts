import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { STOCK_CHANGED_EVENT } from "./record-stock-movement"
import { recordFulfillmentMovementsStep, type RecordFulfillmentMovementsInput } from "./steps/record-fulfillment-movements"

/** The ledger lines of what Medusa did to the stock with a fulfillment, announced as a stock change. */
export const recordFulfillmentMovementsWorkflow = createWorkflow("record-fulfillment-movements", (input: RecordFulfillmentMovementsInput) => {
  const changed = recordFulfillmentMovementsStep(input)
  const event = transform({ changed }, ({ changed }) => (changed.inventory_item_ids.length ? [changed] : []))
  emitEventStep({ eventName: STOCK_CHANGED_EVENT, data: event })
  return new WorkflowResponse(changed)
})
