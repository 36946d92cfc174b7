/**
 * Turns what the database says about a pizzeria's products into the menu
 * customers see: per variant its price and whether it can be made now, per
 * dish its ingredients and allergens, and why something is unavailable.
 */
import type { MenuCustomisation, MenuItem, MenuVariant } from "@oc-pizza/api-types"
import type { RecipeOptions } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { MENU_DEFAULT_LOCALE, menuWords } from "./menu-locale"

/** What only a catalogue change changes: cached per sales channel (`menu-catalogue-cache.ts`). */
export type MenuCatalogue = {
  products: {
    id: string
    title: string
    handle: string
    description: string | null
    thumbnail: string | null
    categories: { id: string; handle: string; name: string; rank: number }[]
    variants: {
      id: string
      title: string
      rank: number
      manage_inventory: boolean
      allow_backorder: boolean
      price: number | null
      kit: { inventory_item_id: string; required_quantity: number }[]
    }[]
    /** The recipe's options (what a customer may change), null without a recipe. */
    options: RecipeOptions | null
  }[]
  ingredients: Map<string, { name: string; allergens: string[] }>
}

/** The catalogue with tonight's figures (`read-menu-live.ts`). */
export type MenuSource = MenuCatalogue & {
  makeable: Map<string, number>
  pauses: Map<string, string>
  /** inventory item id → what is left of it at the pizzeria (stocked - reserved), for the extras. */
  available: Map<string, number>
}

/**
 * A dish's extras with, per size, whether the pizzeria could make one pizza
 * of that size with it now: the pizza itself makeable, and enough of the
 * ingredient left for the recipe's share and the extra (the makeable rule,
 * for one portion).
 */
function customisationOf(product: MenuCatalogue["products"][number], variants: MenuVariant[], source: MenuSource): MenuCustomisation | null {
  const options = product.options
  if (!options || (options.extras.length === 0 && options.removable.length === 0)) return null
  return {
    max_extras: options.max_extras,
    extras: options.extras.flatMap((extra) => {
      const ingredient = source.ingredients.get(extra.inventory_item_id)
      if (!ingredient) return []
      return [
        {
          id: extra.inventory_item_id,
          name: ingredient.name,
          allergens: ingredient.allergens,
          sizes: extra.sizes.map((size) => {
            const inRecipe = product.variants.find((variant) => variant.id === size.variant_id)?.kit.find((part) => part.inventory_item_id === extra.inventory_item_id)
            const left = source.available.get(extra.inventory_item_id) ?? 0
            const sizeAvailable = variants.find((variant) => variant.id === size.variant_id)?.available ?? false
            return {
              variant_id: size.variant_id,
              price: size.price,
              quantity: size.quantity,
              available: sizeAvailable && left >= (inRecipe?.required_quantity ?? 0) + size.quantity,
            }
          }),
        },
      ]
    }),
  }
}

export function buildMenu(source: MenuSource, locale = MENU_DEFAULT_LOCALE): MenuItem[] {
  const { products, makeable, ingredients, pauses } = source
  const words = menuWords(locale)
  return products
    .map((product) => {
      const pause = pauses.get(product.id)
      const variants = [...product.variants]
        .sort((a, b) => a.rank - b.rank || (a.price ?? 0) - (b.price ?? 0))
        .map((variant): MenuVariant => {
          const count = variant.manage_inventory ? (makeable.get(variant.id) ?? 0) : null
          const inStock = count === null || count > 0 || variant.allow_backorder
          return { id: variant.id, title: variant.title, price: variant.price, makeable: count, available: !pause && inStock }
        })
      const itemIds = [...new Set(product.variants.flatMap((variant) => variant.kit.map((part) => part.inventory_item_id)))]
      const dishIngredients = itemIds.flatMap((id) => {
        const ingredient = ingredients.get(id)
        return ingredient ? [{ id, ...ingredient, removable: product.options?.removable.includes(id) ?? false }] : []
      })
      const available = variants.some((variant) => variant.available)
      const category = [...product.categories].sort((a, b) => a.rank - b.rank)[0]
      return {
        product_id: product.id,
        title: product.title,
        handle: product.handle,
        description: product.description,
        thumbnail: product.thumbnail,
        category: category ? { handle: category.handle, name: category.name } : null,
        variants,
        ingredients: dishIngredients,
        allergens: [...new Set(dishIngredients.flatMap((ingredient) => ingredient.allergens))].sort(),
        customisation: customisationOf(product, variants, source),
        available,
        unavailable_reason: pause ? { code: "paused" as const, message: pause } : available ? null : { code: "out_of_stock" as const, message: words.outOfStock },
      }
    })
    .sort((a, b) => a.title.localeCompare(b.title, words.collation))
}
