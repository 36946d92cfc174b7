import { RecipeError } from "../errors/recipe-error"

/** One extra a customer may add to a dish: per size, its price (the store's currency, tax included) and the quantity it puts in (the ingredient's base unit). */
export type RecipeExtra = { inventory_item_id: string; sizes: { variant_id: string; price: number; quantity: number }[] }

/**
 * How a customer may change a dish: ingredients of the recipe they may leave
 * out, extras they may add, and how many extras one portion takes at most.
 */
export type RecipeOptions = { removable: string[]; extras: RecipeExtra[]; max_extras: number }

export const NO_OPTIONS: RecipeOptions = { removable: [], extras: [], max_extras: 0 }

/** A stored value read back (older recipes have none): always the full shape. */
export function optionsOf(stored: unknown): RecipeOptions {
  const value = (stored ?? {}) as Partial<RecipeOptions>
  return { removable: value.removable ?? [], extras: value.extras ?? [], max_extras: value.max_extras ?? 0 }
}

/**
 * Checks a recipe's options against its items and the product's variants:
 * a removable ingredient is one the recipe puts in; an extra names known
 * sizes once each, a price of 0 or more and a quantity above 0. The first
 * problem is thrown, naming its field.
 */
export function validateRecipeOptions(options: RecipeOptions, recipeItems: { inventory_item_id: string }[], productVariantIds: Set<string>, knownItemIds: Set<string>): void {
  const inRecipe = new Set(recipeItems.map((item) => item.inventory_item_id))
  options.removable.forEach((itemId, index) => {
    if (!inRecipe.has(itemId)) throw new RecipeError(`options.removable[${index}]`, `ingredient ${itemId} is not in this recipe, so it cannot be left out`)
    if (options.removable.indexOf(itemId) !== index) throw new RecipeError(`options.removable[${index}]`, `ingredient ${itemId} is listed twice`)
  })
  const extras = new Set<string>()
  options.extras.forEach((extra, index) => {
    const at = `options.extras[${index}]`
    if (!knownItemIds.has(extra.inventory_item_id)) throw new RecipeError(`${at}.inventory_item_id`, `unknown ingredient ${extra.inventory_item_id}`)
    if (extras.has(extra.inventory_item_id)) throw new RecipeError(`${at}.inventory_item_id`, `ingredient ${extra.inventory_item_id} is offered twice`)
    extras.add(extra.inventory_item_id)
    const sizes = new Set<string>()
    extra.sizes.forEach((size, sizeIndex) => {
      const sizeAt = `${at}.sizes[${sizeIndex}]`
      if (!productVariantIds.has(size.variant_id)) throw new RecipeError(`${sizeAt}.variant_id`, `variant ${size.variant_id} is not a variant of this product`)
      if (sizes.has(size.variant_id)) throw new RecipeError(`${sizeAt}.variant_id`, `variant ${size.variant_id} is priced twice`)
      sizes.add(size.variant_id)
      if (!(Number.isFinite(size.price) && size.price >= 0)) throw new RecipeError(`${sizeAt}.price`, `must be 0 or more (got ${size.price})`)
      if (!(Number.isFinite(size.quantity) && size.quantity > 0)) throw new RecipeError(`${sizeAt}.quantity`, `must be greater than 0 (got ${size.quantity})`)
    })
  })
  if (!(Number.isInteger(options.max_extras) && options.max_extras >= 0))
    throw new RecipeError("options.max_extras", `must be a whole number, 0 or more (got ${options.max_extras})`)
  if (options.extras.length > 0 && options.max_extras === 0) throw new RecipeError("options.max_extras", "extras are offered but none may be added: set how many one portion takes")
}
