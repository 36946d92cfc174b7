import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartCanBeServed } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { assertCartCanBeMade, locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { isCounterCart } from "../../counter/counter-carts"
import { assertDishesOnMenu } from "../../menu/assert-dishes-on-menu"
import { assertTakingOnlineOrders } from "../../pizzerias/assert-taking-online-orders"

/**
 * Every completion of a cart, including those that do not come through the
 * store route (a payment provider's webhook completes the cart itself):
 * - the pizzeria takes orders now, and a delivery is to an address in its
 *   zones, above the zone's minimum, at the zone's fee (zoning plugin);
 * - no dish a manager switched off at this pizzeria tonight, and online
 *   orders not paused by its manager (a rush), unless the counter opened
 *   the cart (its own record, see counter/counter-carts.ts);
 * - the ingredients summed over the whole cart are there (stock plugin):
 *   Medusa checks each line on its own. Only the store route also holds the
 *   pizzeria's stock lock through the reservation; this check is the floor
 *   for the other paths.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  if (!cart.sales_channel_id) return
  const stockLocationId = await locationOfSalesChannel(container, cart.sales_channel_id)
  await assertCartCanBeServed(container, cart, stockLocationId)
  // a manager's rush pause stops the web, not the phone: the counter marks its carts where no customer can write
  if (!(await isCounterCart(container, cart.id))) await assertTakingOnlineOrders(container, stockLocationId)
  await assertDishesOnMenu(container, stockLocationId, (cart.items ?? []).map((item: { product_id?: string | null; product_title?: string | null }) => ({ product_id: item.product_id ?? null, title: item.product_title ?? null })))
  await assertCartCanBeMade(container, cart, stockLocationId)
})
