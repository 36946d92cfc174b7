import type { RecipeOptions } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { customisationError } from "./customisation-errors"

/** What the customer asked: ingredients (inventory item ids) left out, extras added (one portion each). */
export type Customisation = { remove: string[]; add: string[] }

/** A dish's recipe as the customisation reads it: its options, and per size what goes in. */
export type DishRecipe = { options: RecipeOptions; items: { variant_id: string; inventory_item_id: string; quantity: number }[] }

export type KitPart = { inventory_item_id: string; required_quantity: number }

export type CustomisedLine = {
  /** Sorted, so that the same pizza asked twice is the same line. */
  customisation: Customisation
  /** The size's price plus its extras', tax included as the size's price is. */
  unit_price: number
  /** What one portion takes: the recipe less what is left out, plus the extras. */
  kit: KitPart[]
}

/** No removal and no extra. */
export const isPlain = (customisation: Customisation): boolean => customisation.remove.length === 0 && customisation.add.length === 0

/**
 * Prices a customised portion of one size of a dish and says what it takes,
 * from the recipe alone (never from what the browser sent beyond the choice):
 * refused with `removal_not_allowed`, `extra_not_offered` or `too_many_extras`
 * (422), or `customisation_invalid` (400) for an ingredient named twice.
 */
export function customiseLine(recipe: DishRecipe | undefined, variantId: string, sizePrice: number, asked: Customisation): CustomisedLine {
  const remove = [...new Set(asked.remove)].sort()
  const add = [...new Set(asked.add)].sort()
  if (remove.length !== asked.remove.length || add.length !== asked.add.length || remove.some((itemId) => add.includes(itemId))) {
    throw customisationError("customisation_invalid", { remove: asked.remove, add: asked.add })
  }
  const options = recipe?.options ?? { removable: [], extras: [], max_extras: 0 }
  const items = (recipe?.items ?? []).filter((item) => item.variant_id === variantId)

  const notRemovable = remove.find((itemId) => !options.removable.includes(itemId) || !items.some((item) => item.inventory_item_id === itemId))
  if (notRemovable) throw customisationError("removal_not_allowed", { inventory_item_id: notRemovable })
  if (add.length > options.max_extras) throw customisationError("too_many_extras", { asked: add.length, max_extras: options.max_extras })

  // a pizza is made of something: leaving out every ingredient of its size is not a pizza (and would hold nothing to fulfil)
  if (items.length > 0 && items.every((item) => remove.includes(item.inventory_item_id))) throw customisationError("removal_not_allowed", { remove })

  let unitPrice = sizePrice
  const kit = new Map(items.filter((item) => !remove.includes(item.inventory_item_id)).map((item) => [item.inventory_item_id, Number(item.quantity)]))
  for (const itemId of add) {
    const size = options.extras.find((extra) => extra.inventory_item_id === itemId)?.sizes.find((candidate) => candidate.variant_id === variantId)
    if (!size) throw customisationError("extra_not_offered", { inventory_item_id: itemId, variant_id: variantId })
    unitPrice += size.price
    kit.set(itemId, (kit.get(itemId) ?? 0) + size.quantity)
  }
  return {
    customisation: { remove, add },
    // cents, so that 12.5 + 1.2 is 13.7 and never 13.700000000000001
    unit_price: Math.round(unitPrice * 100) / 100,
    kit: [...kit].map(([inventory_item_id, required_quantity]) => ({ inventory_item_id, required_quantity })),
  }
}

/**
 * What a customised portion sold already takes, whatever the recipe's
 * options became since (an extra withdrawn, a limit lowered): the recipe of
 * its size less what was left out, plus the extras at the quantity the
 * recipe gives them now (none for an extra no longer offered).
 */
export function soldKit(recipe: DishRecipe | undefined, variantId: string, sold: Customisation): KitPart[] {
  const kit = new Map(
    (recipe?.items ?? [])
      .filter((item) => item.variant_id === variantId && !sold.remove.includes(item.inventory_item_id))
      .map((item) => [item.inventory_item_id, Number(item.quantity)])
  )
  for (const itemId of sold.add) {
    const quantity = recipe?.options.extras.find((extra) => extra.inventory_item_id === itemId)?.sizes.find((size) => size.variant_id === variantId)?.quantity ?? 0
    if (quantity > 0) kit.set(itemId, (kit.get(itemId) ?? 0) + quantity)
  }
  return [...kit].map(([inventory_item_id, required_quantity]) => ({ inventory_item_id, required_quantity }))
}

/**
 * The allergens of a customised portion: those of what it takes, so leaving
 * out the only milky ingredient drops "lait" and an extra brings its own.
 */
export function allergensOf(kit: KitPart[], allergens: Map<string, string[]>): string[] {
  return [...new Set(kit.flatMap((part) => allergens.get(part.inventory_item_id) ?? []))].sort()
}
