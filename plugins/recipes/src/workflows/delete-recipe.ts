import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchLinksWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { RECIPE_CHANGED_EVENT } from "./events"
import { removeRecipeStep } from "./steps/remove-recipe"
import { giveVariantsOwnItemsStep } from "./steps/give-variants-own-items"

export const deleteRecipeWorkflowId = "delete-recipe"

/** Removes a recipe and the inventory-kit links it wrote. */
export const deleteRecipeWorkflow = createWorkflow(deleteRecipeWorkflowId, (input: { id: string }) => {
  const removed = removeRecipeStep(input)
  const links = transform({ removed }, ({ removed }) => ({
    delete: removed.links.map((link) => ({
      [Modules.PRODUCT]: { variant_id: link.variant_id },
      [Modules.INVENTORY]: { inventory_item_id: link.inventory_item_id },
    })),
  }))
  batchLinksWorkflow.runAsStep({ input: links })
  giveVariantsOwnItemsStep(transform({ removed }, ({ removed }) => ({ product_id: removed.product_id })))
  emitEventStep({ eventName: RECIPE_CHANGED_EVENT, data: transform({ removed }, ({ removed }) => ({ product_id: removed.product_id })) })
  return new WorkflowResponse({ id: input.id, deleted: true })
})
