import type { MedusaContainer } from "@medusajs/framework/types"
import type { LineKits } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { customisationError } from "./customisation-errors"
import { customiseLine, soldKit } from "./customise-line"
import { customisationOf } from "./line-customisation"
import { readDishRecipes, readSizePrices } from "./read-dish-recipes"

/** A cart's or an order's line as the customisation reads it. */
export type CustomisableLine = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  quantity?: unknown
  unit_price?: number | string | null
  is_custom_price?: boolean | null
  metadata?: Record<string, unknown> | null
}

/**
 * What each customised line takes per portion (the stock plugin's
 * `line_kits`), from today's recipes. With `pricing` (a cart about to be
 * ordered), each customised line's price is checked against the recipe and
 * the size's price now: a withdrawn extra or a changed price is refused
 * with `customisation_changed` (409), as nobody agreed to the new price; so
 * is a line priced by the server that no longer says why (its customisation
 * cleared through Medusa's line route), which would keep an old price.
 * Without `pricing` (an order placed already), the choice stands whatever
 * the recipe's options became since: it is what was sold.
 */
export async function lineKitsOf(container: MedusaContainer, lines: CustomisableLine[], pricing?: { region_id: string; currency_code: string }): Promise<LineKits> {
  const unexplained = pricing && lines.find((line) => line.is_custom_price && !customisationOf(line.metadata))
  if (unexplained) throw customisationError("customisation_changed", { line_item_id: unexplained.id })
  const customised = lines.flatMap((line) => {
    const customisation = customisationOf(line.metadata)
    return customisation && line.variant_id && line.product_id ? [{ line, customisation, variant_id: line.variant_id, product_id: line.product_id }] : []
  })
  if (!customised.length) return {}
  const [recipes, prices] = await Promise.all([
    readDishRecipes(
      container,
      customised.map((entry) => entry.product_id)
    ),
    pricing
      ? readSizePrices(
          container,
          customised.map((entry) => entry.variant_id),
          pricing
        )
      : undefined,
  ])
  const kits: LineKits = {}
  for (const { line, customisation, variant_id, product_id } of customised) {
    if (!prices) {
      kits[line.id] = soldKit(recipes.get(product_id), variant_id, customisation)
      continue
    }
    try {
      const sizePrice = prices?.get(variant_id)?.amount ?? 0
      const made = customiseLine(recipes.get(product_id), variant_id, sizePrice, customisation)
      if (prices && Math.abs(made.unit_price - Number(line.unit_price)) >= 0.005) throw customisationError("customisation_changed", { line_item_id: line.id })
      kits[line.id] = made.kit
    } catch (error) {
      if ((error as { code?: string }).code === "customisation_changed") throw error
      throw customisationError("customisation_changed", { line_item_id: line.id, reason: (error as { code?: string }).code })
    }
  }
  return kits
}
