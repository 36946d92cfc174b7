import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderedQuantity } from "@/kitchen/ordered-quantity"

/** A cart's or an order's line as query.graph or Medusa's previews give it. */
export type CountedLine = { variant_id?: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null } | null

/**
 * The pizzas among lines: the quantity of each line whose dish has a recipe
 * (the recipes plugin's), what the oven bakes. A drink or a bought-in dessert
 * takes no room in a slot. A line a change emptied counts nothing.
 */
export async function bakedQuantity(container: MedusaContainer, items: CountedLine[] | null | undefined): Promise<number> {
  const lines = (items ?? []).flatMap((item) => (item ? [{ variant_id: item.variant_id, quantity: orderedQuantity(item) }] : []))
  const variantIds = [...new Set(lines.flatMap((line) => (line.variant_id ? [line.variant_id] : [])))]
  if (variantIds.length === 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "recipe_item", fields: ["variant_id"], filters: { variant_id: variantIds } })
  const baked = new Set(data.map((row) => row.variant_id as string))
  return lines.reduce((sum, line) => sum + (line.variant_id && baked.has(line.variant_id) ? line.quantity : 0), 0)
}
