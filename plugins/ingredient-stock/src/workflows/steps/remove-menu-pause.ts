import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"

export const removeMenuPauseStepId = "remove-menu-pause"

export type ResumeDishInput = { stock_location_id: string; product_id: string }

/** Removes the dish's pause at the location (nothing to do if it has none). */
export const removeMenuPauseStep = createStep(
  removeMenuPauseStepId,
  async (input: ResumeDishInput, { container }) => {
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    const pauses = await stock.listMenuPauses(input)
    if (pauses.length) await stock.softDeleteMenuPauses(pauses.map((pause) => pause.id))
    return new StepResponse(
      pauses.length,
      pauses.map((pause) => pause.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).restoreMenuPauses(ids)
  }
)
