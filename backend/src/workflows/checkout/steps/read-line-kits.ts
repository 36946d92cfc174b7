import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LineKits } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { lineKitsOf, type CustomisableLine } from "@/customisation/line-kits"

export const readLineKitsStepId = "read-line-kits"

/**
 * What each customised pizza of the cart takes, for the stock guard to count
 * as made, its price checked against today's recipe (409
 * `customisation_changed`). Read before queueing for the stock lock.
 */
export const readLineKitsStep = createStep(readLineKitsStepId, async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "currency_code",
      "completed_at",
      "items.id",
      "items.quantity",
      "items.variant_id",
      "items.product_id",
      "items.unit_price",
      "items.is_custom_price",
      "items.metadata",
    ],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as { region_id: string; currency_code: string; completed_at: unknown; items: (CustomisableLine | null)[] } | undefined
  // a completed cart (a retry that finds its order) is not judged again
  if (!cart || cart.completed_at) return new StepResponse<LineKits>({})
  const lines = cart.items.flatMap((item) => (item ? [item] : []))
  return new StepResponse<LineKits>(await lineKitsOf(container, lines, { region_id: cart.region_id, currency_code: cart.currency_code }))
})
