import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { assertProductExists } from "../../stock/assert-references"

export const upsertMenuPauseStepId = "upsert-menu-pause"

export type PauseDishInput = { stock_location_id: string; product_id: string; reason: string; until?: Date | null; actor_id?: string | null }

/** Creates or replaces the dish's pause at the location; compensation restores what was there. */
export const upsertMenuPauseStep = createStep(
  upsertMenuPauseStepId,
  async (input: PauseDishInput, { container }) => {
    await assertProductExists(container, input.product_id)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    const [previous] = await stock.listMenuPauses({ stock_location_id: input.stock_location_id, product_id: input.product_id })
    const data = { reason: input.reason, until: input.until ?? null, actor_id: input.actor_id ?? null }
    const pause = previous
      ? await stock.updateMenuPauses({ id: previous.id, ...data })
      : await stock.createMenuPauses({ stock_location_id: input.stock_location_id, product_id: input.product_id, ...data })
    return new StepResponse(pause, { created: !previous, id: pause.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    if (undo.created) await stock.deleteMenuPauses(undo.id)
    else if (undo.previous) await stock.updateMenuPauses({ id: undo.id, reason: undo.previous.reason, until: undo.previous.until, actor_id: undo.previous.actor_id })
  }
)
