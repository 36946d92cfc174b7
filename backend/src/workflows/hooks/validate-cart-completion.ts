import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartCanBeServed } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { assertCartCanBeMade, assertDishesOnMenu, locationOfSalesChannel, stockGuardOf } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { isCounterCart } from "../../counter/counter-carts"
import { lineKitsOf } from "../../customisation/line-kits"
import { assertTakingOnlineOrders } from "../../pizzerias/assert-taking-online-orders"
import { assertSlotBookable, cartSlotOf, CHECKOUT_GRACE_MINUTES } from "../../slots/cart-slot"

/**
 * Every completion of a cart, including those that do not come through our
 * checkout (Medusa's own processing of a payment webhook completes the cart
 * itself):
 * - the pizzeria takes orders now, or the cart is booked for a slot it can
 *   still keep (slots/cart-slot.ts: open then, not too soon, room left); a
 *   delivery is to an address in its zones, above the zone's minimum, at
 *   the zone's fee (zoning plugin);
 * - online orders not paused by its manager (a rush), unless the counter
 *   opened the cart (its own record, see counter/counter-carts.ts) or it is
 *   booked for a slot after the pause;
 * - no dish a manager switched off at this pizzeria tonight, and the
 *   ingredients summed over the whole cart are there (stock plugin): Medusa
 *   checks each line on its own. Our checkout (workflows/checkout/
 *   place-order.ts) has checked both already under the pizzeria's stock lock
 *   and says so with its mark, which also names the pizzeria; a completion
 *   without the mark checks here, the floor for the other paths.
 * - a customised pizza is still offered at the price it was added for
 *   (customisation/line-kits.ts), and is counted as it will be made.
 * A cart already completed (a retry that finds its order) is not judged again.
 */
completeCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (!cart.sales_channel_id || cart.completed_at) return
  const guarded = stockGuardOf(input)
  const stockLocationId = guarded?.stock_location_id ?? (await locationOfSalesChannel(container, cart.sales_channel_id))
  const slot = await cartSlotOf(container, cart.id)
  // a booked slot is checked against the hours of its own time, not of now
  await assertCartCanBeServed(container, cart, stockLocationId, new Date(), { hours: slot === null })
  if (slot) await assertSlotBookable(container, cart, stockLocationId, slot, new Date(), CHECKOUT_GRACE_MINUTES)
  // a manager's rush pause stops the web, not the phone: the counter marks its carts where no customer can write
  if (!(await isCounterCart(container, cart.id))) await assertTakingOnlineOrders(container, stockLocationId, new Date(), slot ?? new Date())
  const lineKits = await lineKitsOf(container, cart.items ?? [], { region_id: cart.region_id!, currency_code: cart.currency_code })
  // the guard (our checkout) checked tonight's menu and the stock under the pizzeria's lock already
  if (guarded) return
  await assertDishesOnMenu(
    container,
    stockLocationId,
    (cart.items ?? []).map((item: { product_id?: string | null; product_title?: string | null }) => ({ product_id: item.product_id ?? null, title: item.product_title ?? null }))
  )
  await assertCartCanBeMade(container, cart, stockLocationId, { lineKits })
})
