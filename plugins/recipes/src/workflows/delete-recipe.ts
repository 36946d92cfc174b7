import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchLinksWorkflow } from "@medusajs/medusa/core-flows"
import { RecipeError } from "../errors/recipe-error"
import { RECIPES_MODULE } from "../modules/recipes"
import type RecipesModuleService from "../modules/recipes/service"

export const deleteRecipeWorkflowId = "delete-recipe"

type Removed = { id: string; links: { variant_id: string; inventory_item_id: string }[] }

/** Soft-deletes the recipe (restored on compensation) and reports the kit links it drove. */
const removeRecipeStep = createStep(
  "remove-recipe",
  async (input: { id: string }, { container }) => {
    const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
    const [recipe] = await recipes.listRecipes({ id: input.id }, { relations: ["items"] })
    if (!recipe) throw new RecipeError("id", `recipe ${input.id} does not exist`)
    await recipes.softDeleteRecipes(recipe.id)
    const removed: Removed = {
      id: recipe.id,
      links: recipe.items.map((item) => ({ variant_id: item.variant_id, inventory_item_id: item.inventory_item_id })),
    }
    return new StepResponse(removed, recipe.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RecipesModuleService>(RECIPES_MODULE).restoreRecipes(id)
  }
)

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
