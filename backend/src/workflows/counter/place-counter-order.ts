import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createCustomersWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCustomersWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { PAY_ON_DELIVERY_PROVIDER } from "../../payments/payment-providers"
import { placeOrderWorkflow } from "../checkout/place-order"
import { chooseCounterShippingOptionStep, type CounterFulfilment } from "./steps/choose-counter-shipping-option"
import { findCounterCustomerStep, type CounterCustomer } from "./steps/find-counter-customer"
import { markCounterCartStep } from "./steps/mark-counter-cart"
import { priceCounterLinesStep, type CounterLine } from "./steps/price-counter-lines"
import { readCounterPizzeriaStep, type CounterAddress } from "./steps/read-counter-pizzeria"
import { requireDeliveryAddressStep } from "./steps/require-delivery-address"
import { checkCartSlotStep } from "../slots/steps/check-cart-slot"
import { writeCartSlotStep } from "../slots/steps/write-cart-slot"

export const placeCounterOrderWorkflowId = "place-counter-order"

export type PlaceCounterOrderInput = {
  stock_location_id: string
  customer: CounterCustomer
  /** `remove` / `add`: a customised pizza (ingredient and extra ids), priced from its recipe. */
  items: CounterLine[]
  fulfilment: CounterFulfilment
  address?: CounterAddress
  /** A slot the caller books (ISO 8601); absent: as soon as possible. */
  scheduled_for?: string
}

/**
 * A phone or counter order at one pizzeria, server side, through the same
 * checkout as the web: the customer found by phone (or created), a cart on
 * the pizzeria's channel (menu prices only), its pickup or zone-priced
 * delivery option, paid on delivery or at the counter (Medusa's system
 * provider), then `placeOrderWorkflow` (stock lock, whole order's
 * ingredients, kitchen ticket). Every part is a step or a Medusa workflow
 * run as a step: a refusal anywhere (stock, zone, a dish switched off)
 * leaves no customer, cart or reservation behind.
 */
export const placeCounterOrderWorkflow = createWorkflow(placeCounterOrderWorkflowId, (input: PlaceCounterOrderInput) => {
  requireDeliveryAddressStep({ fulfilment: input.fulfilment, address: input.address })
  const found = findCounterCustomerStep(input.customer)
  const created = when({ found }, ({ found }) => !found.known).then(() =>
    createCustomersWorkflow.runAsStep({ input: transform({ found }, ({ found }) => ({ customersData: [found.to_create!] })) })
  )
  const customer = transform({ found, created }, ({ found, created }) =>
    found.known ? { ...found.known, created: false } : { id: created![0].id, email: created![0].email ?? null, created: true }
  )
  when({ found }, ({ found }) => Boolean(found.rename)).then(() =>
    updateCustomersWorkflow.runAsStep({
      input: transform({ found }, ({ found }) => ({ selector: { id: found.rename!.id }, update: { first_name: found.rename!.first_name, last_name: found.rename!.last_name } })),
    })
  )
  const pizzeria = readCounterPizzeriaStep({ stock_location_id: input.stock_location_id })
  const items = priceCounterLinesStep(transform({ input, pizzeria }, ({ input, pizzeria }) => ({ region_id: pizzeria.region_id, lines: input.items })))

  const cart = createCartWorkflow.runAsStep({
    input: transform({ input, found, customer, pizzeria, items }, ({ input, found, customer, pizzeria, items }) => ({
      region_id: pizzeria.region_id,
      sales_channel_id: pizzeria.sales_channel_id,
      customer_id: customer.id,
      email: customer.email ?? undefined,
      items,
      shipping_address: {
        first_name: found.name.first_name ?? undefined,
        last_name: found.name.last_name ?? undefined,
        phone: found.phone,
        country_code: "fr",
        ...(input.fulfilment === "delivery" && input.address ? input.address : pizzeria.address),
      },
    })),
  })
  markCounterCartStep({ cart_id: cart.id, stock_location_id: input.stock_location_id })

  const options = listShippingOptionsForCartWorkflow.runAsStep({ input: { cart_id: cart.id, is_return: false } })
  const optionId = chooseCounterShippingOptionStep({ options: options as unknown as { id: string; type?: { code?: string } | null }[], fulfilment: input.fulfilment })
  addShippingMethodToCartWorkflow.runAsStep({ input: transform({ cart, optionId }, ({ cart, optionId }) => ({ cart_id: cart.id, options: [{ id: optionId }] })) })
  const collection = createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: cart.id } })
  createPaymentSessionsWorkflow.runAsStep({
    input: transform({ collection }, ({ collection }) => ({ payment_collection_id: collection.id, provider_id: PAY_ON_DELIVERY_PROVIDER })),
  })
  // a caller booking for later: the same checks and record as the shop's (POST /store/carts/:id/slot)
  when({ input }, ({ input }) => Boolean(input.scheduled_for)).then(() => {
    const slot = transform({ input, cart }, ({ input, cart }) => ({ cart_id: cart.id, scheduled_for: input.scheduled_for! }))
    checkCartSlotStep(slot)
    writeCartSlotStep(slot)
  })
  const placed = placeOrderWorkflow.runAsStep({ input: { cart_id: cart.id } })

  return new WorkflowResponse(
    transform({ placed, cart, customer }, ({ placed, cart, customer }) => ({
      order_id: placed.order_id,
      cart_id: cart.id,
      tracking_token: placed.tracking_token,
      customer_id: customer.id,
      customer_created: customer.created,
    }))
  )
})
