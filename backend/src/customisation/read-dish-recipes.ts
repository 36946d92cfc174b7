import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { optionsOf } from "@oc-pizza/medusa-plugin-recipes/workflows"
import type { DishRecipe } from "./customise-line"

/** The recipes (options and per-size items) of dishes, by product id; a dish without a recipe is absent. */
export async function readDishRecipes(container: MedusaContainer, productIds: string[]): Promise<Map<string, DishRecipe>> {
  if (!productIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "recipe",
    fields: ["product_id", "options", "items.variant_id", "items.inventory_item_id", "items.quantity"],
    filters: { product_id: [...new Set(productIds)] },
  })
  const rows = data as { product_id: string; options: unknown; items: ({ variant_id: string; inventory_item_id: string; quantity: number } | null)[] }[]
  return new Map(
    rows.map((row) => [
      row.product_id,
      {
        options: optionsOf(row.options),
        items: row.items.flatMap((item) => (item ? [{ variant_id: item.variant_id, inventory_item_id: item.inventory_item_id, quantity: Number(item.quantity) }] : [])),
      },
    ])
  )
}

/** The sizes' prices for a cart's region and currency, by variant id, with whether they include tax. */
export async function readSizePrices(
  container: MedusaContainer,
  variantIds: string[],
  pricing: { region_id: string; currency_code: string }
): Promise<Map<string, { product_id: string; amount: number; tax_inclusive: boolean }>> {
  if (!variantIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id", "calculated_price.calculated_amount", "calculated_price.is_calculated_price_tax_inclusive"],
    filters: { id: [...new Set(variantIds)] },
    context: { calculated_price: QueryContext(pricing) },
  })
  const rows = data as { id: string; product_id: string; calculated_price?: { calculated_amount: number | null; is_calculated_price_tax_inclusive?: boolean } | null }[]
  return new Map(
    rows.flatMap((row) =>
      row.calculated_price?.calculated_amount == null
        ? []
        : [
            [
              row.id,
              { product_id: row.product_id, amount: Number(row.calculated_price.calculated_amount), tax_inclusive: !!row.calculated_price.is_calculated_price_tax_inclusive },
            ],
          ]
    )
  )
}
