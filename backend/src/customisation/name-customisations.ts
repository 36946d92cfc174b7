import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LineCustomisation } from "@oc-pizza/api-types"
import { customisationOf } from "./line-customisation"

/**
 * The customisations of lines, by line id, with the ingredients' names as the
 * kitchen and the customer read them (the recipes' names, else the
 * inventory's titles), in one read whatever the number of lines.
 */
export async function nameCustomisations(container: MedusaContainer, lines: { id: string; metadata?: Record<string, unknown> | null }[]): Promise<Map<string, LineCustomisation>> {
  const asked = lines.flatMap((line) => {
    const customisation = customisationOf(line.metadata)
    return customisation ? [{ id: line.id, customisation }] : []
  })
  if (!asked.length) return new Map()
  const ids = [...new Set(asked.flatMap(({ customisation }) => [...customisation.remove, ...customisation.add]))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: items }, { data: named }] = await Promise.all([
    query.graph({ entity: "inventory_item", fields: ["id", "title"], filters: { id: ids } }),
    query.graph({ entity: "recipe_ingredient", fields: ["inventory_item_id", "name"], filters: { inventory_item_id: ids } }),
  ])
  const names = new Map<string, string>(items.map((item) => [item.id as string, (item.title as string | null) ?? (item.id as string)]))
  for (const ingredient of named) names.set(ingredient.inventory_item_id as string, ingredient.name as string)
  const named_ = (id: string) => ({ id, name: names.get(id) ?? id })
  return new Map(asked.map(({ id, customisation }) => [id, { remove: customisation.remove.map(named_), add: customisation.add.map(named_) }]))
}
