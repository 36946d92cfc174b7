import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE } from "../../modules/ingredient-stock"
import type IngredientStockModuleService from "../../modules/ingredient-stock/service"
import { assertInventoryItemExists } from "../../stock/assert-references"

export const upsertIngredientStepId = "upsert-ingredient"

export type UpsertIngredientInput = { inventory_item_id: string; unit: "g" | "ml" | "piece"; allergens: string[]; unit_cost?: number | null }

/** Creates or updates the ingredient record of an inventory item; compensation restores it. */
export const upsertIngredientStep = createStep(
  upsertIngredientStepId,
  async (input: UpsertIngredientInput, { container }) => {
    await assertInventoryItemExists(container, input.inventory_item_id)
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    const [previous] = await stock.listIngredients({ inventory_item_id: input.inventory_item_id })
    const data = { unit: input.unit, allergens: { list: input.allergens }, unit_cost: input.unit_cost ?? null }
    const ingredient = previous
      ? await stock.updateIngredients({ id: previous.id, ...data })
      : await stock.createIngredients({ inventory_item_id: input.inventory_item_id, ...data })
    return new StepResponse(ingredient, { id: ingredient.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
    if (!undo.previous) return stock.deleteIngredients(undo.id)
    await stock.updateIngredients({
      id: undo.id,
      unit: undo.previous.unit,
      allergens: undo.previous.allergens as Record<string, unknown>,
      unit_cost: undo.previous.unit_cost === null ? null : Number(undo.previous.unit_cost),
    })
  }
)
