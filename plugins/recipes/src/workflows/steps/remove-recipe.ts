import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RecipeError } from "../../errors/recipe-error"
import { RECIPES_MODULE } from "../../modules/recipes"
import type RecipesModuleService from "../../modules/recipes/service"

export const removeRecipeStepId = "remove-recipe"

export type RemovedRecipe = { id: string; product_id: string; links: { variant_id: string; inventory_item_id: string }[] }

/** Soft-deletes the recipe (restored on compensation) and reports the kit links it drove. */
export const removeRecipeStep = createStep(
  removeRecipeStepId,
  async (input: { id: string }, { container }) => {
    const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
    const [recipe] = await recipes.listRecipes({ id: input.id }, { relations: ["items"] })
    if (!recipe) throw new RecipeError("id", `recipe ${input.id} does not exist`)
    await recipes.softDeleteRecipes(recipe.id)
    const removed: RemovedRecipe = {
      id: recipe.id,
      product_id: recipe.product_id,
      links: recipe.items.map((item) => ({ variant_id: item.variant_id, inventory_item_id: item.inventory_item_id })),
    }
    return new StepResponse(removed, recipe.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RecipesModuleService>(RECIPES_MODULE).restoreRecipes(id)
  }
)
