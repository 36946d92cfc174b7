import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The pizzas among lines: the quantity of each line whose dish has a recipe
 * (the recipes plugin's), what the oven bakes. A drink or a bought-in dessert
 * takes no room in a slot.
 */
export async function bakedQuantity(container: MedusaContainer, lines: { variant_id?: string | null; quantity: number }[]): Promise<number> {
  const variantIds = [...new Set(lines.flatMap((line) => (line.variant_id ? [line.variant_id] : [])))]
  if (variantIds.length === 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "recipe_item", fields: ["variant_id"], filters: { variant_id: variantIds } })
  const baked = new Set(data.map((row) => row.variant_id as string))
  return lines.reduce((sum, line) => sum + (line.variant_id && baked.has(line.variant_id) ? line.quantity : 0), 0)
}
