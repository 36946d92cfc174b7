import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { guardedCompletionInput } from "../stock/stock-guard-mark"
import { acquireStockLockStep } from "./steps/acquire-stock-lock"
import { checkCartStockStep } from "./steps/check-cart-stock"
import { releaseStockLockStep } from "./steps/release-stock-lock"
import { resolveCartStockLocationStep } from "./steps/resolve-cart-stock-location"

export const completeCartWithStockGuardWorkflowId = "complete-cart-with-stock-guard"

/**
 * Medusa's cart completion with the whole cart's ingredients checked once,
 * under the location's lock held through the reservation: the location is
 * resolved, the cart and the location are locked, the levels read and the
 * cart checked, then `completeCartWorkflow` runs as a step (it reserves each
 * line) and the locks are released. A failure anywhere compensates it all:
 * no order, no reservation, the payment authorization cancelled, no lock.
 */
export const completeCartWithStockGuardWorkflow = createWorkflow(completeCartWithStockGuardWorkflowId, (input: { cart_id: string }) => {
  const { stock_location_id } = resolveCartStockLocationStep(input)
  const lock = acquireStockLockStep({ stock_location_id, cart_id: input.cart_id })
  checkCartStockStep({ cart_id: input.cart_id, stock_location_id })
  const completion = transform({ input, stock_location_id }, ({ input, stock_location_id }) => guardedCompletionInput(input.cart_id, stock_location_id))
  const order = completeCartWorkflow.runAsStep({ input: completion })
  releaseStockLockStep(lock)
  return new WorkflowResponse({ order_id: order.id, stock_location_id })
})
