import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { assertSlotBookable, cartSlotOf, CHECKOUT_GRACE_MINUTES, type SlotCart } from "@/slots/cart-slot"

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
  const { data: carts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "completed_at", "items.variant_id", "items.quantity", "shipping_methods.shipping_option_id"],
    filters: { id: cart_id },
  })
  const cart = carts[0]
  if (!cart?.sales_channel_id || cart.completed_at) return new StepResponse(undefined)
  await assertSlotBookable(container, cart as SlotCart, await locationOfSalesChannel(container, cart.sales_channel_id), slot, new Date(), CHECKOUT_GRACE_MINUTES)
  return new StepResponse(undefined)
})
