import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchLinksWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { RECIPE_CHANGED_EVENT } from "./events"
import { planKitLinks, type KitLink } from "../recipes/kit-links"
import { saveRecipeStep, type SaveRecipeInput } from "./steps/save-recipe"
import { validateRecipeStep } from "./steps/validate-recipe"
import { giveVariantsOwnItemsStep } from "./steps/give-variants-own-items"

export const upsertRecipeWorkflowId = "upsert-recipe"

const linkKey = (link: KitLink) => ({
  [Modules.PRODUCT]: { variant_id: link.variant_id },
  [Modules.INVENTORY]: { inventory_item_id: link.inventory_item_id },
})

/**
 * Saves a product's recipe and makes its variants' inventory kits match it
 * exactly (new links, changed quantities, stale links removed), all or
 * nothing: a failure puts the recipe and the links back as they were.
 */
export const upsertRecipeWorkflow = createWorkflow(upsertRecipeWorkflowId, (input: SaveRecipeInput) => {
  const validated = validateRecipeStep(input)
  const recipe = saveRecipeStep(input)
  const links = transform({ input, validated }, ({ input, validated }) => {
    const desired: KitLink[] = input.items.map((item) => ({
      variant_id: item.variant_id,
      inventory_item_id: item.inventory_item_id,
      required_quantity: item.quantity,
    }))
    const plan = planKitLinks(desired, validated.existing_links)
    return {
      create: plan.create.map((link) => ({ ...linkKey(link), data: { required_quantity: link.required_quantity } })),
      update: plan.update.map((link) => ({ ...linkKey(link), data: { required_quantity: link.required_quantity } })),
      delete: plan.dismiss.map(linkKey),
    }
  })
  batchLinksWorkflow.runAsStep({ input: links })
  giveVariantsOwnItemsStep({ product_id: input.product_id })
  emitEventStep({ eventName: RECIPE_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ product_id: input.product_id })) })
  return new WorkflowResponse(recipe)
})
