import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { levelsAt } from "../../stock/read-stock"

export const findLowStockCrossingsStepId = "find-low-stock-crossings"

export type CheckInput = { stock_location_id: string; inventory_item_ids: string[] }

export type LowStockCrossing = {
  stock_location_id: string
  inventory_item_id: string
  ingredient_id: string
  available: number
  threshold: number
  /** When the crossing was noticed: with the ingredient and location, identifies it. */
  noticed_at: string
}

/**
 * Marks the ingredients that just went below their threshold (and returns
 * them, to be announced once) and re-arms those restocked above it.
 */
export const findLowStockCrossingsStep = createStep(findLowStockCrossingsStepId, async (input: CheckInput, { container }) => {
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const ingredients = input.inventory_item_ids.length ? await stock.listIngredients({ inventory_item_id: input.inventory_item_ids }, { relations: ["locations"] }) : []
  const levels = await levelsAt(
    container,
    ingredients.map((ingredient) => ingredient.inventory_item_id),
    input.stock_location_id
  )
  const crossings: LowStockCrossing[] = []
  const updates: { id: string; low_stock_notified_at: Date | null }[] = []
  for (const ingredient of ingredients) {
    const setting = ingredient.locations.find((location) => location.stock_location_id === input.stock_location_id)
    const level = levels.get(ingredient.inventory_item_id)
    const threshold = Number(setting?.low_stock_threshold ?? 0)
    if (!setting || !level || threshold <= 0) continue
    const low = level.available < threshold
    if (low && !setting.low_stock_notified_at) {
      const noticedAt = new Date()
      updates.push({ id: setting.id, low_stock_notified_at: noticedAt })
      crossings.push({
        stock_location_id: input.stock_location_id,
        inventory_item_id: ingredient.inventory_item_id,
        ingredient_id: ingredient.id,
        available: level.available,
        threshold,
        noticed_at: noticedAt.toISOString(),
      })
    } else if (!low && setting.low_stock_notified_at) {
      updates.push({ id: setting.id, low_stock_notified_at: null })
    }
  }
  if (updates.length) await stock.updateIngredientLocations(updates)
  return new StepResponse(crossings)
})
