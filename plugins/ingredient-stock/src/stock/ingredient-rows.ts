import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INGREDIENT_STOCK_MODULE } from "../modules/ingredient-stock"
import type IngredientStockModuleService from "../modules/ingredient-stock/service"
import { levelsAt } from "./read-stock"

export type IngredientRow = {
  id: string
  inventory_item_id: string
  name: string | null
  sku: string | null
  unit: string
  allergens: string[]
  unit_cost: number | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  low_stock_threshold: number
  is_low: boolean
}

/**
 * The ingredients stocked at a location (those with an inventory level
 * there), each with its level, unit and low-stock threshold, by name; only
 * `inventoryItemIds` when given.
 */
export async function ingredientRowsAt(container: MedusaContainer, locationId: string, inventoryItemIds?: string[]): Promise<IngredientRow[]> {
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ingredients = await stock.listIngredients(inventoryItemIds ? { inventory_item_id: inventoryItemIds } : {}, { relations: ["locations"] })
  const itemIds = ingredients.map((ingredient) => ingredient.inventory_item_id)
  const levels = await levelsAt(container, itemIds, locationId)
  const { data: items } = itemIds.length ? await query.graph({ entity: "inventory_item", fields: ["id", "title", "sku"], filters: { id: itemIds } }) : { data: [] }
  const itemById = new Map(items.map((item) => [item.id, item]))

  return ingredients
    .filter((ingredient) => levels.has(ingredient.inventory_item_id))
    .map((ingredient) => {
      const level = levels.get(ingredient.inventory_item_id)!
      const setting = ingredient.locations.find((location) => location.stock_location_id === locationId)
      const threshold = Number(setting?.low_stock_threshold ?? 0)
      const item = itemById.get(ingredient.inventory_item_id)
      return {
        id: ingredient.id,
        inventory_item_id: ingredient.inventory_item_id,
        name: item?.title ?? null,
        sku: item?.sku ?? null,
        unit: ingredient.unit,
        allergens: (ingredient.allergens as { list?: string[] } | null)?.list ?? [],
        unit_cost: ingredient.unit_cost === null ? null : Number(ingredient.unit_cost),
        stocked_quantity: level.stocked,
        reserved_quantity: level.reserved,
        available_quantity: level.available,
        low_stock_threshold: threshold,
        is_low: threshold > 0 && level.available < threshold,
      }
    })
    .sort((a, b) => String(a.name).localeCompare(String(b.name), "fr"))
}
