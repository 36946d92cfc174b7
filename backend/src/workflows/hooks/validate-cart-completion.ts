import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartCanBeMade, locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"

/**
 * Every completion of a cart, including those that do not come through the
 * store route (a payment provider's webhook completes the cart itself),
 * checks the ingredients summed over the whole cart: Medusa checks each line
 * on its own. Only the store route also holds the pizzeria's stock lock
 * through the reservation; this check is the floor for the other paths.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  if (!cart.sales_channel_id) return
  const stockLocationId = await locationOfSalesChannel(container, cart.sales_channel_id)
  await assertCartCanBeMade(container, cart, stockLocationId)
})
