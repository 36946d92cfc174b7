import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE } from "../modules/ingredient-stock"
import type IngredientStockModuleService from "../modules/ingredient-stock/service"

type ResumeDishInput = { stock_location_id: string; product_id: string }

/** Removes the dish's pause at the location (nothing to do if it has none). */
const removeMenuPauseStep = createStep(
  "remove-menu-pause",
  async (input: ResumeDishInput, { container }) => {
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    const pauses = await stock.listMenuPauses(input)
    if (pauses.length) await stock.softDeleteMenuPauses(pauses.map((pause) => pause.id))
    return new StepResponse(pauses.length, pauses.map((pause) => pause.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE).restoreMenuPauses(ids)
  }
)

export const resumeDishWorkflow = createWorkflow("resume-dish", (input: ResumeDishInput) => new WorkflowResponse(removeMenuPauseStep(input)))
