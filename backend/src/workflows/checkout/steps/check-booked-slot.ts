import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { assertSlotBookable, cartSlotOf, CHECKOUT_GRACE_MINUTES, readSlotCart } from "@/slots/cart-slot"

export const checkBookedSlotStepId = "check-booked-slot"

/**
 * A cart booked for a slot that filled up, closed or came too near is
 * refused before the checkout queues for the pizzeria's stock lock: when
 * many customers race for a slot's last room, the ones who lost are told at
 * once instead of each taking the lock in turn. A read without the lock:
 * Medusa's validate hook checks again, and the ticket's booking, under the
 * slot lock, decides. A cart without a slot, or gone, is left to them.
 */
export const checkBookedSlotStep = createStep(checkBookedSlotStepId, async ({ cart_id }: { cart_id: string }, { container }) => {
  const slot = await cartSlotOf(container, cart_id)
  if (!slot) return new StepResponse(undefined)
  const cart = await readSlotCart(container, cart_id)
  if (!cart?.sales_channel_id || cart.completed_at) return new StepResponse(undefined)
  await assertSlotBookable(container, cart, await locationOfSalesChannel(container, cart.sales_channel_id), slot, new Date(), CHECKOUT_GRACE_MINUTES)
  return new StepResponse(undefined)
})
