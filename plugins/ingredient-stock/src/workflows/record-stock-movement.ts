import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ManualMovementType } from "../stock/movement-change"
import { applyStockMovementsStep } from "./steps/apply-stock-movements"

export const recordStockMovementWorkflowId = "record-stock-movement"

/** The event after any change of stock at a location; low-stock alerts listen to it. */
export const STOCK_CHANGED_EVENT = "ingredient_stock.stock_changed"

export type ApplyStockMovementInput = {
  stock_location_id: string
  inventory_item_id: string
  type: ManualMovementType
  quantity: number
  note?: string | null
  actor_type?: string
  actor_id?: string | null
}

/** A receipt, waste, count or adjustment at one location: level and ledger change together (the several-movement step, with one). */
export const recordStockMovementWorkflow = createWorkflow(recordStockMovementWorkflowId, (input: ApplyStockMovementInput) => {
  const applied = applyStockMovementsStep(
    transform({ input }, ({ input }) => ({
      stock_location_id: input.stock_location_id,
      movements: [{ inventory_item_id: input.inventory_item_id, type: input.type, quantity: input.quantity }],
      note: input.note,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
    }))
  )
  const event = transform({ input }, ({ input }) => ({
    stock_location_id: input.stock_location_id,
    inventory_item_ids: [input.inventory_item_id],
  }))
  emitEventStep({ eventName: STOCK_CHANGED_EVENT, data: event })
  return new WorkflowResponse(transform({ applied }, ({ applied }) => ({ movement_id: applied.movement_ids[0] })))
})
