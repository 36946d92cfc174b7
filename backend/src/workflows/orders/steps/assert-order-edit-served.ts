import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartCanBeServed } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { DomainError, isDomainError } from "@/errors/domain-error"

export const assertOrderEditServedStepId = "assert-order-edit-served"

/**
 * A delivery still meets its zone's rules with the order's pending change:
 * the address in the zone, the minimum order, and the fee charged (crossing
 * the free-delivery threshold would change it, which a change of content
 * cannot do). The same checks as the checkout's, hours aside: the pizzeria
 * took the order while open, and a change made before opening is still a
 * change of that order, so it keeps every other rule.
 */
export const assertOrderEditServedStep = createStep(
  assertOrderEditServedStepId,
  async ({ order_id, stock_location_id }: { order_id: string; stock_location_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "shipping_address.*", "shipping_methods.shipping_option_id", "shipping_methods.amount"],
      filters: { id: order_id },
    })
    const preview = await container.resolve(Modules.ORDER).previewOrderChange(order_id)
    try {
      await assertCartCanBeServed(
        container,
        { id: order_id, shipping_address: data[0]?.shipping_address ?? null, items: preview.items ?? [], shipping_methods: data[0]?.shipping_methods ?? [] },
        stock_location_id,
        new Date(),
        { hours: false }
      )
    } catch (error) {
      if (isDomainError(error) && error.code === "delivery_fee_changed") {
        throw new DomainError(
          409,
          "delivery_fee_changed",
          {
            fr: "Ce changement modifierait les frais de livraison (seuil de livraison offerte) : appelez la pizzeria pour le faire.",
            en: "This change would change the delivery fee (free-delivery threshold): call the pizzeria to change it.",
          },
          error.details
        )
      }
      throw error
    }
    return new StepResponse({ served: true })
  }
)
