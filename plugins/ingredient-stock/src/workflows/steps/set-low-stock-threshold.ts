import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StockError } from "../../errors/stock-error"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { levelsAt } from "../../stock/read-stock"

export const setLowStockThresholdStepId = "set-low-stock-threshold"

export type SetLowStockThresholdInput = { stock_location_id: string; inventory_item_id: string; low_stock_threshold: number }

type Undo = { created: string } | { id: string; low_stock_threshold: number; low_stock_notified_at: Date | null }

/**
 * Sets an ingredient's threshold at a location (404 `unknown_ingredient` for
 * an inventory item without an ingredient record, or not stocked there;
 * nothing is written then). A new threshold re-arms the low-stock notice, so
 * the check that follows announces it if the level is under it.
 * Compensation puts the previous setting back.
 */
export const setLowStockThresholdStep = createStep(
  setLowStockThresholdStepId,
  async (input: SetLowStockThresholdInput, { container }) => {
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    const [ingredient] = await stock.listIngredients({ inventory_item_id: input.inventory_item_id }, { relations: ["locations"] })
    if (!ingredient) {
      throw new StockError(404, "unknown_ingredient", `Inventory item ${input.inventory_item_id} has no ingredient record: create it first (POST /admin/ingredients).`, {
        inventory_item_id: input.inventory_item_id,
      })
    }
    if (!(await levelsAt(container, [input.inventory_item_id], input.stock_location_id)).has(input.inventory_item_id)) {
      throw new StockError(404, "unknown_ingredient", `Inventory item ${input.inventory_item_id} is not stocked at location ${input.stock_location_id}.`, {
        inventory_item_id: input.inventory_item_id,
      })
    }
    const previous = ingredient.locations.find((location) => location.stock_location_id === input.stock_location_id)
    if (!previous) {
      const created = await stock.createIngredientLocations({
        ingredient_id: ingredient.id,
        stock_location_id: input.stock_location_id,
        low_stock_threshold: input.low_stock_threshold,
      })
      return new StepResponse(created.id, { created: created.id } as Undo)
    }
    await stock.updateIngredientLocations({ id: previous.id, low_stock_threshold: input.low_stock_threshold, low_stock_notified_at: null })
    return new StepResponse(previous.id, {
      id: previous.id,
      low_stock_threshold: Number(previous.low_stock_threshold),
      low_stock_notified_at: previous.low_stock_notified_at,
    } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    if ("created" in undo) await stock.deleteIngredientLocations(undo.created)
    else await stock.updateIngredientLocations(undo)
  }
)
