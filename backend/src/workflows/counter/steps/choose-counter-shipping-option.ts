import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"

export const chooseCounterShippingOptionStepId = "choose-counter-shipping-option"

export type CounterFulfilment = "pickup" | "delivery"

type OfferedOption = { id: string; type?: { code?: string } | null }

/** The pizzeria's pickup or delivery option among those the cart may use (a delivery's is priced by its zone). */
export const chooseCounterShippingOptionStep = createStep(chooseCounterShippingOptionStepId, async (input: { options: OfferedOption[]; fulfilment: CounterFulfilment }) => {
  const option = input.options.find((candidate) => candidate.type?.code === input.fulfilment)
  if (!option) throw new DomainError(409, "no_shipping_option", `This pizzeria offers no ${input.fulfilment} option.`)
  return new StepResponse(option.id)
})
