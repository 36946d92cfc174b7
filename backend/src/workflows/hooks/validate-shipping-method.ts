import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertDeliveryOptionUsable } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"

/** Choosing delivery says why it cannot be used here (no address, outside the zones) in the customer's terms. */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertDeliveryOptionUsable(
    container,
    cart,
    (input.options ?? []).map((option) => option.id)
  )
})
