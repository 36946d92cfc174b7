import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LineKits } from "../stock/assert-cart-can-be-made"
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
 *
 * `line_kits`: the cart's lines made otherwise than their variant's kit
 * (a customised dish), checked as they will be made. The `orderPlaced` hook
 * runs once the order exists and before the lock is released: where an
 * application makes its reservations match such lines, so that no other
 * checkout reads the levels in between.
 */
export const completeCartWithStockGuardWorkflow = createWorkflow(completeCartWithStockGuardWorkflowId, (input: { cart_id: string; line_kits?: LineKits }) => {
  const { stock_location_id } = resolveCartStockLocationStep(input)
  const lock = acquireStockLockStep({ stock_location_id, cart_id: input.cart_id })
  checkCartStockStep({ cart_id: input.cart_id, stock_location_id, line_kits: input.line_kits })
  const completion = transform({ input, stock_location_id }, ({ input, stock_location_id }) => guardedCompletionInput(input.cart_id, stock_location_id))
  const order = completeCartWorkflow.runAsStep({ input: completion })
  const orderPlaced = createHook("orderPlaced", { order_id: order.id, cart_id: input.cart_id, stock_location_id })
  releaseStockLockStep(lock)
  return new WorkflowResponse({ order_id: order.id, stock_location_id }, { hooks: [orderPlaced] })
})
