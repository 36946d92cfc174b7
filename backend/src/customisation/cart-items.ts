import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { customiseLine, isPlain, type KitPart } from "./customise-line"
import { CUSTOMISATION_KEY } from "./line-customisation"
import { readDishRecipes, readSizePrices } from "./read-dish-recipes"

/** A line as the shop or the counter asks for it: a size, how many, and what to leave out and add (ingredient and extra ids). */
export type AskedLine = { variant_id: string; quantity: number; remove?: string[]; add?: string[] }

/** What Medusa's cart workflows take for it: a plain dish priced by Medusa, a customised one with its price and its choice. */
/** Whether a line asks for anything left out or added. */
export const asksChanges = (line: AskedLine): boolean => (line.remove?.length ?? 0) > 0 || (line.add?.length ?? 0) > 0

export type CartItemInput = { variant_id: string; quantity: number; unit_price?: number; is_tax_inclusive?: boolean; metadata?: Record<string, unknown> }

/**
 * The cart items for asked lines, each with what one portion takes when it is
 * customised (null for a plain dish): a customised pizza priced from its
 * recipe and the size's price in the cart's region (customise-line.ts), its
 * choice written on the line; refusals are customiseLine's. One read of the
 * prices and one of the recipes, whatever the number of lines; none when no
 * line is customised.
 */
export async function cartItemsFor(
  container: MedusaContainer,
  lines: AskedLine[],
  pricing: { region_id: string; currency_code: string }
): Promise<{ item: CartItemInput; kit: KitPart[] | null }[]> {
  const customised = lines.filter(asksChanges)
  const prices = customised.length
    ? await readSizePrices(
        container,
        customised.map((line) => line.variant_id),
        pricing
      )
    : new Map()
  const recipes = await readDishRecipes(
    container,
    [...prices.values()].map((price) => price.product_id)
  )
  return lines.map(({ variant_id, quantity, remove = [], add = [] }) => {
    if (!asksChanges({ variant_id, quantity, remove, add })) return { item: { variant_id, quantity }, kit: null }
    const size = prices.get(variant_id)
    if (!size) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${variant_id} has no price in this cart's region`)
    const made = customiseLine(recipes.get(size.product_id), variant_id, size.amount, { remove, add })
    if (isPlain(made.customisation)) return { item: { variant_id, quantity }, kit: null }
    return {
      item: { variant_id, quantity, unit_price: made.unit_price, is_tax_inclusive: size.tax_inclusive, metadata: { [CUSTOMISATION_KEY]: made.customisation } },
      kit: made.kit,
    }
  })
}
