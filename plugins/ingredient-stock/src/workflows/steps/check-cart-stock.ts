import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartCanBeMade, type CartLine, type LineKits } from "../../stock/assert-cart-can-be-made"
import { assertDishesOnMenu } from "../../stock/assert-dishes-on-menu"

export const checkCartStockStepId = "check-cart-stock"

/**
 * No dish switched off at the location (409 `dish_unavailable`), then the
 * whole cart's ingredients, summed over every line, against the location's
 * levels read now: 409 `insufficient_stock` naming each dish and what is
 * missing. Run it holding the location's stock lock. A cart already
 * completed (a retry) is not checked again: its lines are reserved.
 * `line_kits`: lines made otherwise than their variant's kit.
 */
export const checkCartStockStep = createStep(checkCartStockStepId, async (input: { cart_id: string; stock_location_id: string; line_kits?: LineKits }, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.id", "items.quantity", "items.variant_id", "items.product_id", "items.product_title", "items.variant_title"],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as { completed_at: string | Date | null; items: ((CartLine & { product_id: string | null }) | null)[] | null } | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
  if (!cart.completed_at) {
    await assertDishesOnMenu(
      container,
      input.stock_location_id,
      (cart.items ?? []).flatMap((item) => (item ? [{ product_id: item.product_id, title: item.product_title }] : []))
    )
    await assertCartCanBeMade(container, cart, input.stock_location_id, { lineKits: input.line_kits })
  }
  return new StepResponse({ checked: !cart.completed_at })
})
