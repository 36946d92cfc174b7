import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customiseLine, isPlain } from "@/customisation/customise-line"
import { CUSTOMISATION_KEY } from "@/customisation/line-customisation"
import { readDishRecipes, readSizePrices } from "@/customisation/read-dish-recipes"

export const priceCounterLinesStepId = "price-counter-lines"

export type CounterLine = { variant_id: string; quantity: number; remove?: string[]; add?: string[] }
type CartItem = { variant_id: string; quantity: number; unit_price?: number; is_tax_inclusive?: boolean; metadata?: Record<string, unknown> }

/**
 * The counter's lines as cart items: a plain dish at the menu's price (Medusa
 * prices it), a customised pizza priced from its recipe as the shop's are
 * (customisation/customise-line.ts), with its choice on the line; what the
 * dish does not offer is refused with the same codes.
 */
export const priceCounterLinesStep = createStep(priceCounterLinesStepId, async (input: { region_id: string; lines: CounterLine[] }, { container }) => {
  const customised = input.lines.filter((line) => (line.remove?.length ?? 0) > 0 || (line.add?.length ?? 0) > 0)
  if (!customised.length) return new StepResponse<CartItem[]>(input.lines.map(({ variant_id, quantity }) => ({ variant_id, quantity })))
  const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: input.region_id } })
  const prices = await readSizePrices(
    container,
    customised.map((line) => line.variant_id),
    { region_id: input.region_id, currency_code: regions[0].currency_code as string }
  )
  const recipes = await readDishRecipes(
    container,
    [...prices.values()].map((price) => price.product_id)
  )
  return new StepResponse<CartItem[]>(
    input.lines.map(({ variant_id, quantity, remove = [], add = [] }) => {
      const size = prices.get(variant_id)
      if (!size || (remove.length === 0 && add.length === 0)) return { variant_id, quantity }
      const made = customiseLine(recipes.get(size.product_id), variant_id, size.amount, { remove, add })
      if (isPlain(made.customisation)) return { variant_id, quantity }
      return { variant_id, quantity, unit_price: made.unit_price, is_tax_inclusive: size.tax_inclusive, metadata: { [CUSTOMISATION_KEY]: made.customisation } }
    })
  )
})
