import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import type { CounterFulfilment } from "./choose-counter-shipping-option"
import type { CounterAddress } from "./read-counter-pizzeria"

export const requireDeliveryAddressStepId = "require-delivery-address"

/** A delivery needs the customer's address; a pickup is at the pizzeria's. */
export const requireDeliveryAddressStep = createStep(requireDeliveryAddressStepId, async (input: { fulfilment: CounterFulfilment; address?: CounterAddress }) => {
  if (input.fulfilment === "delivery" && !input.address) {
    throw new DomainError(400, "address_required", "A delivery needs the customer's address.", { field: "address" })
  }
  return new StepResponse(true)
})
