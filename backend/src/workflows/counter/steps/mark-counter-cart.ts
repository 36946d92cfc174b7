import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"

export const markCounterCartStepId = "mark-counter-cart"

/**
 * The counter's own record of its cart (a rush pause stops the web, not the
 * phone; see counter/counter-carts.ts), never the cart's metadata, which
 * customers write. Compensation removes it with the cart.
 */
export const markCounterCartStep = createStep(
  markCounterCartStepId,
  async (input: { cart_id: string; stock_location_id: string }, { container }) => {
    const mark = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).createCounterCarts(input)
    return new StepResponse(mark.id, mark.id)
  },
  async (markId, { container }) => {
    if (!markId) return
    await container.resolve<KitchenModuleService>(KITCHEN_MODULE).deleteCounterCarts(markId)
  }
)
