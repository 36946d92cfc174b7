import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { KitchenTicket, KitchenTicketRecipe, KitchenTicketWithRecipes } from "@oc-pizza/api-types"

/** Each line's recipe for its size, as the pizzaiolo reads it on the board: quantities, steps, bake. */
export async function withRecipes(container: MedusaContainer, tickets: KitchenTicket[]): Promise<KitchenTicketWithRecipes[]> {
  const variantIds = [...new Set(tickets.flatMap((ticket) => ticket.items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))))]
  if (variantIds.length === 0) return tickets.map((ticket) => ({ ...ticket, items: ticket.items.map((item) => ({ ...item, recipe: null })) }))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "recipe_item",
    fields: ["variant_id", "inventory_item_id", "quantity", "rank", "recipe.id", "recipe.steps", "recipe.bake_minutes", "recipe.bake_temperature_c", "recipe.notes"],
    filters: { variant_id: variantIds },
  })
  const inventoryIds = [...new Set(items.map((item) => item.inventory_item_id as string))]
  const [{ data: inventory }, { data: ingredients }] = inventoryIds.length
    ? await Promise.all([
        query.graph({ entity: "inventory_item", fields: ["id", "title"], filters: { id: inventoryIds } }),
        query.graph({ entity: "ingredient", fields: ["inventory_item_id", "unit"], filters: { inventory_item_id: inventoryIds } }),
      ])
    : [{ data: [] }, { data: [] }]
  const titleOf = new Map(inventory.map((item) => [item.id, item.title ?? item.id]))
  const unitOf = new Map(ingredients.map((ingredient) => [ingredient.inventory_item_id as string, ingredient.unit as string]))

  const recipeOf = new Map<string, KitchenTicketRecipe>()
  for (const item of [...items].sort((a, b) => Number(a.rank) - Number(b.rank))) {
    const recipe = item.recipe as { steps?: { list?: string[] } | null; bake_minutes?: number | null; bake_temperature_c?: number | null; notes?: string | null } | null
    const entry = recipeOf.get(item.variant_id as string) ?? {
      steps: recipe?.steps?.list ?? [],
      bake_minutes: recipe?.bake_minutes ?? null,
      bake_temperature_c: recipe?.bake_temperature_c ?? null,
      notes: recipe?.notes ?? null,
      ingredients: [],
    }
    entry.ingredients.push({
      name: titleOf.get(item.inventory_item_id as string) ?? String(item.inventory_item_id),
      quantity: Number(item.quantity),
      unit: unitOf.get(item.inventory_item_id as string) ?? "",
    })
    recipeOf.set(item.variant_id as string, entry)
  }
  return tickets.map((ticket) => ({ ...ticket, items: ticket.items.map((item) => ({ ...item, recipe: (item.variant_id && recipeOf.get(item.variant_id)) || null })) }))
}
