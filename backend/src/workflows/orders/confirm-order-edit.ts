import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, confirmOrderEditRequestWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { acquireStockLockStep, releaseStockLockStep } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { settlePaymentAfterEditWorkflow } from "./settle-payment-after-edit"
import { checkOrderStockStep } from "./steps/check-order-stock"
import { resolveOrderPizzeriaStep } from "./steps/resolve-order-pizzeria"

export const confirmOrderEditWorkflowId = "confirm-order-edit"

/**
 * A manager's order edit, confirmed: it moves reservations like a customer's
 * change, so the whole new order is checked (what the order gives back
 * counted) under the pizzeria's stock lock before Medusa's confirmation;
 * then the payment follows the new total (Medusa cancelled the
 * authorization). The order's lock is taken here, Medusa's confirmation
 * skipping its own when run as a step.
 */
export const confirmOrderEditWorkflow = createWorkflow(confirmOrderEditWorkflowId, (input: { order_id: string; confirmed_by?: string }) => {
  const orderLock = transform({ input }, ({ input }) => ({ key: input.order_id, ownerId: randomUUID() }))
  acquireLockStep({ key: orderLock.key, timeout: 5, ttl: 60, ownerId: orderLock.ownerId })
  const pizzeria = resolveOrderPizzeriaStep({ order_id: input.order_id })
  const stockLock = acquireStockLockStep({ stock_location_id: pizzeria.stock_location_id })
  checkOrderStockStep(
    transform({ input, pizzeria }, ({ input, pizzeria }) => ({ order_id: input.order_id, stock_location_id: pizzeria.stock_location_id, lines: "order_change" as const }))
  )
  const preview = confirmOrderEditRequestWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, confirmed_by: input.confirmed_by })) })
  // held through the payment: should it fail, undoing the confirmation puts the old reservations back under the lock
  const payment = settlePaymentAfterEditWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  releaseStockLockStep(stockLock)
  releaseLockStep({ key: orderLock.key, ownerId: orderLock.ownerId })
  return new WorkflowResponse(transform({ preview, payment }, ({ preview, payment }) => ({ order_preview: preview, payment })))
})
