import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { asksChanges, cartItemsFor, type AskedLine, type CartItemInput } from "@/customisation/cart-items"

export const priceCounterLinesStepId = "price-counter-lines"

export type CounterLine = AskedLine

/**
 * The counter's lines as cart items: a plain dish at the menu's price (Medusa
 * prices it), a customised pizza priced from its recipe as the shop's are
 * (customisation/cart-items.ts), with its choice on the line; what the dish
 * does not offer is refused with the same codes.
 */
export const priceCounterLinesStep = createStep(priceCounterLinesStepId, async (input: { region_id: string; lines: CounterLine[] }, { container }) => {
  // plain dishes only: Medusa prices them, nothing to read
  if (!input.lines.some(asksChanges)) return new StepResponse<CartItemInput[]>(input.lines.map(({ variant_id, quantity }) => ({ variant_id, quantity })))
  const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: input.region_id } })
  const priced = await cartItemsFor(container, input.lines, { region_id: input.region_id, currency_code: regions[0].currency_code as string })
  return new StepResponse<CartItemInput[]>(priced.map(({ item }) => item))
})
