import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordStockMovementWorkflow } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"

type Input = {
  stock_location_id: string
  ingredients: { inventory_item_id: string; quantity: number }[]
  note: string
  actor: string | null
}

/**
 * The ingredients of an order cancelled after the kitchen started it: they
 * are used, so they leave the stock as waste, in the ledger with the reason.
 * Compensation puts them back with an adjustment (the ledger keeps both).
 */
export const recordKitchenWasteStep = createStep(
  "record-kitchen-waste",
  async ({ stock_location_id, ingredients, note, actor }: Input, { container }) => {
    const recorded: Input["ingredients"] = []
    for (const ingredient of ingredients.filter((candidate) => candidate.quantity > 0)) {
      await recordStockMovementWorkflow(container).run({
        input: { stock_location_id, inventory_item_id: ingredient.inventory_item_id, type: "waste", quantity: ingredient.quantity, note, actor_type: "user", actor_id: actor },
      })
      recorded.push(ingredient)
    }
    return new StepResponse(recorded, { stock_location_id, recorded, actor })
  },
  async (undo, { container }) => {
    if (!undo) return
    for (const ingredient of undo.recorded) {
      await recordStockMovementWorkflow(container).run({
        input: {
          stock_location_id: undo.stock_location_id,
          inventory_item_id: ingredient.inventory_item_id,
          type: "adjustment",
          quantity: ingredient.quantity,
          note: "cancellation rolled back",
          actor_type: "user",
          actor_id: undo.actor,
        },
      })
    }
  }
)
