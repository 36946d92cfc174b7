import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchLinksWorkflow } from "@medusajs/medusa/core-flows"
import { removeRecipeStep } from "./steps/remove-recipe"

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
  return new WorkflowResponse({ id: input.id, deleted: true })
})
