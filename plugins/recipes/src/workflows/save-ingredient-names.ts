import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { INGREDIENT_NAMES_CHANGED_EVENT } from "./events"
import { saveIngredientNamesStep, type IngredientNameInput } from "./steps/save-ingredient-names"

export const saveIngredientNamesWorkflowId = "save-ingredient-names"

/**
 * Names ingredients (inventory items) as customers read them on a menu. The
 * names are translatable (`recipe_ingredient` with the Translation Module);
 * where an ingredient has no name here, a menu may fall back to the
 * inventory item's title.
 */
export const saveIngredientNamesWorkflow = createWorkflow(saveIngredientNamesWorkflowId, (input: { ingredients: IngredientNameInput[] }) => {
  const saved = saveIngredientNamesStep(input.ingredients)
  emitEventStep({
    eventName: INGREDIENT_NAMES_CHANGED_EVENT,
    data: transform({ input }, ({ input }) => ({ inventory_item_ids: input.ingredients.map((entry) => entry.inventory_item_id) })),
  })
  return new WorkflowResponse(saved)
})
