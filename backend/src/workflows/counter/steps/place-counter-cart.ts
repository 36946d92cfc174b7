import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { completeCartWithStockGuardWorkflow } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "../../../errors/domain-error"
import { KITCHEN_MODULE } from "../../../modules/kitchen"
import type KitchenModuleService from "../../../modules/kitchen/service"
import { PAY_ON_DELIVERY_PROVIDER } from "../../../payments/payment-providers"

export const placeCounterCartStepId = "place-counter-cart"

export type CounterOrderInput = {
  stock_location_id: string
  customer: { id: string; email: string | null; phone: string; first_name?: string; last_name?: string }
  items: { variant_id: string; quantity: number }[]
  fulfilment: "pickup" | "delivery"
  address?: { address_1: string; postal_code: string; city: string }
}

async function pizzeriaOf(container: MedusaContainer, stockLocationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "address.address_1", "address.postal_code", "address.city", "sales_channels.id"],
    filters: { id: stockLocationId },
  })
  const channel = data[0]?.sales_channels?.[0]
  if (!data[0] || !channel) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${stockLocationId} does not exist.`)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { countries: { iso_2: "fr" } } })
  return { location: data[0], salesChannelId: channel.id, regionId: regions[0]?.id }
}

/**
 * A phone or counter order goes through the same checkout as a web order,
 * server side: a cart on the pizzeria's channel (menu prices only, no
 * backorder), its pickup or zone-priced delivery option (zone, minimum and
 * fee from the address), paid on delivery or at the counter (Medusa's
 * system provider), completed through the guarded completion (whole order's
 * ingredients under the pizzeria's stock lock). The order then reaches the
 * kitchen queue like any other.
 */
export const placeCounterCartStep = createStep(placeCounterCartStepId, async (input: CounterOrderInput, { container }) => {
  const { location, salesChannelId, regionId } = await pizzeriaOf(container, input.stock_location_id)
  if (input.fulfilment === "delivery" && !input.address) {
    throw new DomainError(400, "address_required", "A delivery needs the customer's address.", { field: "address" })
  }
  const address = input.fulfilment === "delivery" ? input.address! : { address_1: location.address?.address_1 ?? "", postal_code: location.address?.postal_code ?? "", city: location.address?.city ?? "" }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regionId,
      sales_channel_id: salesChannelId,
      customer_id: input.customer.id,
      email: input.customer.email ?? undefined,
      items: input.items,
      shipping_address: { first_name: input.customer.first_name, last_name: input.customer.last_name, phone: input.customer.phone, country_code: "fr", ...address },
    },
  })
  // the counter's own record of its cart (a rush pause stops the web, not the phone); never the cart's metadata, which customers write
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const mark = await kitchen.createCounterCarts({ cart_id: cart.id, stock_location_id: input.stock_location_id })
  try {
    return new StepResponse(await completeCounterCart(container, cart.id, input.fulfilment))
  } catch (error) {
    // an order the counter could not place leaves no cart that would pass a pause
    await kitchen.deleteCounterCarts(mark.id)
    throw error
  }
})

/** The cart's pickup or delivery option, paid on handover, completed under the pizzeria's stock lock. */
async function completeCounterCart(container: MedusaContainer, cartId: string, fulfilment: CounterOrderInput["fulfilment"]): Promise<{ order_id: string; cart_id: string }> {
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId, is_return: false } })
  const wanted = fulfilment === "delivery" ? "delivery" : "pickup"
  const option = (options as { id: string; type?: { code?: string } }[]).find((candidate) => candidate.type?.code === wanted)
  if (!option) throw new DomainError(409, "no_shipping_option", `This pizzeria offers no ${wanted} option.`)
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: option.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: PAY_ON_DELIVERY_PROVIDER } })
  const { result } = await completeCartWithStockGuardWorkflow(container).run({ input: { cart_id: cartId } })
  return { order_id: result.order_id, cart_id: cartId }
}
