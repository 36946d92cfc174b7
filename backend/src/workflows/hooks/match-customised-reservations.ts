import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWithStockGuardWorkflow } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { matchCustomisedReservations, undoReservationChanges } from "../../customisation/customised-reservations"

/**
 * Once the guarded checkout has placed the order and before it releases the
 * pizzeria's stock lock: the customised pizzas' reservations are made to
 * hold what they take (nothing of an ingredient left out, the extras
 * besides), so no other checkout reads the levels in between. Undone with
 * the checkout.
 */
completeCartWithStockGuardWorkflow.hooks.orderPlaced(
  async ({ order_id, stock_location_id }, { container }) => {
    const changes = await matchCustomisedReservations(container, order_id, stock_location_id)
    return new StepResponse(undefined, changes)
  },
  async (changes, { container }) => {
    if (changes) await undoReservationChanges(container, changes)
  }
)
