import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"

/** The new pizzeria's low-stock thresholds, from the chain's. */
export const setIngredientThresholdsStep = createStep(
  "set-ingredient-thresholds",
  async (input: { stock_location_id: string; thresholds: { ingredient_id: string; low_stock_threshold: number }[] }, { container }) => {
    if (input.thresholds.length === 0) return new StepResponse([], [])
    const created = await container
      .resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
      .createIngredientLocations(
        input.thresholds.map(({ ingredient_id, low_stock_threshold }) => ({ ingredient_id, stock_location_id: input.stock_location_id, low_stock_threshold }))
      )
    return new StepResponse(
      created.map((row) => row.id),
      created.map((row) => row.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).deleteIngredientLocations(ids)
  }
)
