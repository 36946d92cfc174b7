import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWithStockGuardWorkflow } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { createKitchenTicketWorkflow } from "../kitchen/create-kitchen-ticket"
import { checkBookedSlotStep } from "./steps/check-booked-slot"
import { acquireCheckoutLockStep, releaseCheckoutLockStep } from "./steps/checkout-lock"
import { nameCartInOrderStep } from "./steps/name-cart-in-order"
import { readLineKitsStep } from "./steps/read-line-kits"

export const placeOrderWorkflowId = "place-order"

export type PlacedOrder = { order_id: string; stock_location_id: string; tracking_token: string }

/**
 * The one checkout every way of ordering runs (the shop, a payment webhook
 * for a cart the customer left, the counter):
 * 0. a booked slot still open and with room, and what each customised pizza
 *    takes at the price it was added for, read before queueing for the
 *    stock lock (steps/check-booked-slot.ts, steps/read-line-kits.ts);
 * 1. the stock plugin's guarded completion: the cart's pizzeria resolved
 *    once, the cart and the pizzeria's stock locked, the whole cart's
 *    ingredients checked once, Medusa's `completeCartWorkflow` (with our
 *    validate hook, workflows/hooks/validate-cart-completion.ts) reserving
 *    each line, the customised pizzas' reservations matched to what they
 *    take (workflows/hooks/match-customised-reservations.ts), the locks
 *    released;
 * 2. the order's kitchen ticket opened (idempotent), whose token the
 *    customer follows the order with, booked in the kitchen's capacity: a
 *    chosen slot that filled up meanwhile refuses the order (`slot_full`).
 * A failure anywhere, the ticket included, compensates the whole checkout:
 * no order, no reservation, the payment authorization cancelled. The ticket
 * is opened after the locks are released: they guard the stock, and a
 * pizzeria's next order need not wait for this one's ticket.
 */
export const placeOrderWorkflow = createWorkflow(placeOrderWorkflowId, (input: { cart_id: string }) => {
  // held to the ticket: the repair job that opens lost tickets waits for this run to decide
  const lock = acquireCheckoutLockStep(input)
  nameCartInOrderStep(input)
  checkBookedSlotStep(input)
  const lineKits = readLineKitsStep(input)
  const completed = completeCartWithStockGuardWorkflow.runAsStep({
    input: transform({ input, lineKits }, ({ input, lineKits }) => ({ cart_id: input.cart_id, line_kits: lineKits })),
  })
  const ticket = createKitchenTicketWorkflow.runAsStep({
    input: transform({ completed }, ({ completed }) => ({
      order_id: completed.order_id,
      stock_location_id: completed.stock_location_id,
      enforce_slot: true,
    })),
  })
  releaseCheckoutLockStep(lock)
  const placed = transform({ completed, ticket }, ({ completed, ticket }): PlacedOrder => ({
    order_id: completed.order_id,
    stock_location_id: completed.stock_location_id,
    tracking_token: ticket.tracking_token,
  }))
  return new WorkflowResponse(placed)
})
