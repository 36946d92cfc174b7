import { RecipeError } from "../errors/recipe-error"

export type RecipeItemInput = { variant_id: string; inventory_item_id: string; quantity: number }

/**
 * Checks a recipe's items against the product's variants and the known
 * inventory items; the first problem is thrown, naming its field.
 */
export function validateRecipeItems(items: RecipeItemInput[], productVariantIds: Set<string>, knownItemIds: Set<string>): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const at = `items[${index}]`
    if (!productVariantIds.has(item.variant_id)) {
      throw new RecipeError(`${at}.variant_id`, `variant ${item.variant_id} is not a variant of this product`)
    }
    if (!knownItemIds.has(item.inventory_item_id)) {
      throw new RecipeError(`${at}.inventory_item_id`, `unknown ingredient ${item.inventory_item_id}`)
    }
    if (!(Number.isFinite(item.quantity) && item.quantity > 0)) {
      throw new RecipeError(`${at}.quantity`, `must be greater than 0 (got ${item.quantity})`)
    }
    const pair = `${item.variant_id}/${item.inventory_item_id}`
    if (seen.has(pair)) {
      throw new RecipeError(`${at}.inventory_item_id`, `ingredient ${item.inventory_item_id} appears twice for variant ${item.variant_id}`)
    }
    seen.add(pair)
  })
}
