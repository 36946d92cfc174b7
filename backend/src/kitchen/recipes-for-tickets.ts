import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { KitchenTicket, KitchenTicketLine, KitchenTicketRecipe, KitchenTicketWithRecipes } from "@oc-pizza/api-types"
import { optionsOf, type RecipeOptions } from "@oc-pizza/medusa-plugin-recipes/workflows"

type SizeRecipe = Omit<KitchenTicketRecipe, "ingredients"> & { ingredients: (KitchenTicketRecipe["ingredients"][number] & { inventory_item_id: string })[]; options: RecipeOptions }

/** The recipe of a customised pizza: without what it is made without, with its extras (their quantity added to the recipe's). */
function customised(recipe: SizeRecipe, line: KitchenTicketLine, unitOf: Map<string, string>): KitchenTicketRecipe {
  const removed = new Set(line.customisation?.remove.map((ingredient) => ingredient.id))
  const ingredients = recipe.ingredients.filter((ingredient) => !removed.has(ingredient.inventory_item_id)).map((ingredient) => ({ ...ingredient }))
  for (const extra of line.customisation?.add ?? []) {
    const quantity = recipe.options.extras.find((offered) => offered.inventory_item_id === extra.id)?.sizes.find((size) => size.variant_id === line.variant_id)?.quantity ?? 0
    const inRecipe = ingredients.find((ingredient) => ingredient.inventory_item_id === extra.id)
    if (inRecipe) Object.assign(inRecipe, { quantity: inRecipe.quantity + quantity, extra: true })
    else ingredients.push({ inventory_item_id: extra.id, name: extra.name, quantity, unit: unitOf.get(extra.id) ?? "", extra: true })
  }
  return { ...withoutIds(recipe), ingredients: ingredients.map(({ inventory_item_id: _id, ...ingredient }) => ingredient) }
}

const withoutIds = ({ options: _options, ...recipe }: SizeRecipe): KitchenTicketRecipe => ({
  ...recipe,
  ingredients: recipe.ingredients.map(({ inventory_item_id: _id, ...ingredient }) => ingredient),
})

/** Each line's recipe for its size, as the pizzaiolo reads it on the board: quantities, steps, bake; a customised pizza's as it is to be made. */
export async function withRecipes(container: MedusaContainer, tickets: KitchenTicket[]): Promise<KitchenTicketWithRecipes[]> {
  const variantIds = [...new Set(tickets.flatMap((ticket) => ticket.items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))))]
  if (variantIds.length === 0) return tickets.map((ticket) => ({ ...ticket, items: ticket.items.map((item) => ({ ...item, recipe: null })) }))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "recipe_item",
    fields: [
      "variant_id",
      "inventory_item_id",
      "quantity",
      "rank",
      "recipe.id",
      "recipe.steps",
      "recipe.bake_minutes",
      "recipe.bake_temperature_c",
      "recipe.notes",
      "recipe.options",
    ],
    filters: { variant_id: variantIds },
  })
  const extraIds = tickets.flatMap((ticket) => ticket.items.flatMap((item) => item.customisation?.add.map((extra) => extra.id) ?? []))
  const inventoryIds = [...new Set([...items.map((item) => item.inventory_item_id as string), ...extraIds])]
  const [{ data: inventory }, { data: ingredients }] = inventoryIds.length
    ? await Promise.all([
        query.graph({ entity: "inventory_item", fields: ["id", "title"], filters: { id: inventoryIds } }),
        query.graph({ entity: "ingredient", fields: ["inventory_item_id", "unit"], filters: { inventory_item_id: inventoryIds } }),
      ])
    : [{ data: [] }, { data: [] }]
  const titleOf = new Map(inventory.map((item) => [item.id, item.title ?? item.id]))
  const unitOf = new Map(ingredients.map((ingredient) => [ingredient.inventory_item_id as string, ingredient.unit as string]))

  const recipeOf = new Map<string, SizeRecipe>()
  for (const item of [...items].sort((a, b) => Number(a.rank) - Number(b.rank))) {
    const recipe = item.recipe as {
      steps?: { list?: string[] } | null
      bake_minutes?: number | null
      bake_temperature_c?: number | null
      notes?: string | null
      options?: unknown
    } | null
    const entry = recipeOf.get(item.variant_id as string) ?? {
      steps: recipe?.steps?.list ?? [],
      bake_minutes: recipe?.bake_minutes ?? null,
      bake_temperature_c: recipe?.bake_temperature_c ?? null,
      notes: recipe?.notes ?? null,
      ingredients: [],
      options: optionsOf(recipe?.options),
    }
    entry.ingredients.push({
      inventory_item_id: item.inventory_item_id as string,
      name: titleOf.get(item.inventory_item_id as string) ?? String(item.inventory_item_id),
      quantity: Number(item.quantity),
      unit: unitOf.get(item.inventory_item_id as string) ?? "",
    })
    recipeOf.set(item.variant_id as string, entry)
  }
  return tickets.map((ticket) => ({
    ...ticket,
    items: ticket.items.map((item) => {
      const recipe = item.variant_id ? recipeOf.get(item.variant_id) : undefined
      return { ...item, recipe: recipe ? (item.customisation ? customised(recipe, item, unitOf) : withoutIds(recipe)) : null }
    }),
  }))
}
