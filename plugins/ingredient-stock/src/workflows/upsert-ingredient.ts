import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertIngredientStep, type UpsertIngredientInput } from "./steps/upsert-ingredient"

/** An inventory item's ingredient record: unit, allergens, cost. */
export const upsertIngredientWorkflow = createWorkflow("upsert-ingredient", (input: UpsertIngredientInput) => new WorkflowResponse(upsertIngredientStep(input)))
