import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { RECIPES_MODULE, type RecipesModuleService } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { readDishRecipes } from "../customisation/read-dish-recipes"
import type { MenuCatalogue } from "./build-menu"
import { MENU_DEFAULT_LOCALE } from "./menu-locale"

type ProductRow = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  categories?: ({ id: string; handle: string; name: string; rank: number } | null)[] | null
  variants?:
    | ({
        id: string
        title: string | null
        variant_rank: number | null
        manage_inventory: boolean
        allow_backorder: boolean
        calculated_price?: { calculated_amount: number | null } | null
        inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
      } | null)[]
    | null
}

/**
 * The catalogue part of the menu sold on one sales channel (products, sizes,
 * prices, categories, ingredients and allergens), read in a handful of queries
 * whatever the menu's size. It changes only with the catalogue, so it is
 * cached (`menu-catalogue-cache.ts`); the live part is `read-menu-live.ts`.
 *
 * In another locale than French, the products', sizes', categories' and
 * ingredients' texts are those of Medusa's Translation Module (feature flag
 * `translation`), French where a text has no translation.
 */
export async function readMenuCatalogue(
  container: MedusaContainer,
  salesChannelId: string,
  pricing: { region_id: string; currency_code: string },
  locale = MENU_DEFAULT_LOCALE
): Promise<MenuCatalogue> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelId },
  })
  const productIds = (links as { product_id: string }[]).map((link) => link.product_id)
  if (!productIds.length) return { products: [], ingredients: new Map() }

  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "description",
      "thumbnail",
      "categories.id",
      "categories.handle",
      "categories.name",
      "categories.rank",
      "variants.id",
      "variants.title",
      "variants.variant_rank",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.calculated_price.calculated_amount",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.required_quantity",
    ],
    filters: { id: productIds, status: "published" },
    context: { variants: { calculated_price: QueryContext(pricing) } },
  })
  const recipes = await readDishRecipes(
    container,
    (data as ProductRow[]).map((product) => product.id)
  )
  const products = (data as ProductRow[]).map((product) => ({
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.description,
    thumbnail: product.thumbnail,
    categories: (product.categories ?? []).flatMap((category) => (category ? [category] : [])),
    variants: (product.variants ?? []).flatMap((variant) =>
      variant
        ? [
            {
              id: variant.id,
              title: variant.title ?? "",
              rank: variant.variant_rank ?? 0,
              manage_inventory: variant.manage_inventory,
              allow_backorder: variant.allow_backorder,
              price: variant.calculated_price?.calculated_amount ?? null,
              kit: (variant.inventory_items ?? []).flatMap((part) =>
                part ? [{ inventory_item_id: part.inventory_item_id, required_quantity: Number(part.required_quantity) }] : []
              ),
            },
          ]
        : []
    ),
    options: recipes.get(product.id)?.options ?? null,
  }))

  const itemIds = [
    ...new Set(
      products.flatMap((product) => [
        ...product.variants.flatMap((variant) => variant.kit.map((part) => part.inventory_item_id)),
        ...(product.options?.extras.map((extra) => extra.inventory_item_id) ?? []),
      ])
    ),
  ]
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const recipeNames = container.resolve<RecipesModuleService>(RECIPES_MODULE)
  const [items, records, named] = await Promise.all([
    itemIds.length ? query.graph({ entity: "inventory_item", fields: ["id", "title"], filters: { id: itemIds } }) : { data: [] },
    itemIds.length ? stock.listIngredients({ inventory_item_id: itemIds }, { select: ["inventory_item_id", "allergens"] }) : [],
    itemIds.length ? recipeNames.listRecipeIngredients({ inventory_item_id: itemIds }, { select: ["id", "inventory_item_id", "name"] }) : [],
  ])
  // an ingredient's name: the recipes' (translatable), else the inventory item's title
  const names = named.map((ingredient) => ({ id: ingredient.id, inventory_item_id: ingredient.inventory_item_id, name: ingredient.name }))
  if (locale !== MENU_DEFAULT_LOCALE) await applyTranslations({ localeCode: locale, objects: [...products, ...names], container })
  const nameOf = new Map(names.map((ingredient) => [ingredient.inventory_item_id, ingredient.name]))
  const allergensOf = new Map(records.map((record) => [record.inventory_item_id, (record.allergens as { list?: string[] } | null)?.list ?? []]))
  return {
    products,
    ingredients: new Map(
      (items.data as { id: string; title: string | null }[]).map((item) => [
        item.id,
        { name: nameOf.get(item.id) ?? item.title ?? item.id, allergens: allergensOf.get(item.id) ?? [] },
      ])
    ),
  }
}
