import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, convertDraftOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { acquireStockLockStep, releaseStockLockStep } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { recordDraftConversionStep } from "@/orders/converted-draft"
import { checkOrderStockStep } from "./steps/check-order-stock"
import { resolveOrderPizzeriaStep } from "./steps/resolve-order-pizzeria"

export const convertDraftOrderWithStockWorkflowId = "convert-draft-order-with-stock"

/**
 * A counter or phone order (draft order) becomes an order and reserves its
 * ingredients like a web checkout: the whole order summed, under the
 * pizzeria's stock lock, before Medusa's conversion (which checks each line
 * on its own). The draft order's lock is taken here, Medusa's conversion
 * skipping its own when run as a step. The order is marked as a converted
 * draft (orders/converted-draft.ts): like an order whose cart completion was
 * cut short, it has no cart, and must never be given one.
 */
export const convertDraftOrderWithStockWorkflow = createWorkflow(convertDraftOrderWithStockWorkflowId, (input: { id: string }) => {
  // no `key` property here: see modify-customer-order.ts (the lock steps would lock nothing)
  const orderLock = transform({ input }, ({ input }) => ({ order_id: input.id, owner_id: randomUUID() }))
  acquireLockStep({ key: orderLock.order_id, timeout: 5, ttl: 60, ownerId: orderLock.owner_id })
  const pizzeria = resolveOrderPizzeriaStep({ order_id: input.id })
  const stockLock = acquireStockLockStep({ stock_location_id: pizzeria.stock_location_id })
  checkOrderStockStep(transform({ input, pizzeria }, ({ input, pizzeria }) => ({ order_id: input.id, stock_location_id: pizzeria.stock_location_id, lines: "order" as const })))
  const order = convertDraftOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ id: input.id })) })
  // the server's own mark that this order was no cart's: the repair of cut-short completions leaves it alone
  recordDraftConversionStep(transform({ input }, ({ input }) => ({ order_id: input.id })))
  releaseStockLockStep(stockLock)
  releaseLockStep({ key: orderLock.order_id, ownerId: orderLock.owner_id })
  return new WorkflowResponse(order)
})
