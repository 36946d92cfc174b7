import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "@/errors/domain-error"
import { assertSlotBookable, readSlotCart } from "@/slots/cart-slot"

/** Refuses a slot the cart's pizzeria cannot keep (slots/cart-slot.ts) and a cart already ordered; "as soon as possible" (null) is always accepted here, checkout judges it. */
export const checkCartSlotStep = createStep("check-cart-slot", async ({ cart_id, scheduled_for }: { cart_id: string; scheduled_for: string | null }, { container }) => {
  const cart = await readSlotCart(container, cart_id)
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cart_id}`)
  if (cart.completed_at) {
    throw new DomainError(409, "cart_completed", { fr: "Cette commande est déjà passée.", en: "This order has already been placed." }, { cart_id })
  }
  if (scheduled_for && cart.sales_channel_id) {
    await assertSlotBookable(container, cart, await locationOfSalesChannel(container, cart.sales_channel_id), new Date(scheduled_for))
  }
  return new StepResponse(null)
})
