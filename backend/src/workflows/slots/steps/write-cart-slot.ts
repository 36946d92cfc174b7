import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"

export type WriteCartSlotInput = { cart_id: string; scheduled_for: string | null }

/** Writes (or, null, removes) the slot a cart is booked for; compensation puts back the one it had. */
export const writeCartSlotStep = createStep(
  "write-cart-slot",
  async ({ cart_id, scheduled_for }: WriteCartSlotInput, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const [before] = await kitchen.listCartSlots({ cart_id }, { take: 1 })
    if (before) await kitchen.deleteCartSlots(before.id)
    if (scheduled_for) await kitchen.createCartSlots({ cart_id, scheduled_for: new Date(scheduled_for) })
    return new StepResponse(null, { cart_id, before: before ? new Date(before.scheduled_for).toISOString() : null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const rows = await kitchen.listCartSlots({ cart_id: previous.cart_id })
    if (rows.length) await kitchen.deleteCartSlots(rows.map((row) => row.id))
    if (previous.before) await kitchen.createCartSlots({ cart_id: previous.cart_id, scheduled_for: new Date(previous.before) })
  }
)
