import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECIPES_MODULE } from "../../modules/recipes"
import type RecipesModuleService from "../../modules/recipes/service"
import { optionsOf, type RecipeOptions } from "../../recipes/recipe-options"
import type { RecipeItemInput } from "../../recipes/validate-recipe-items"

export const saveRecipeStepId = "save-recipe"

export type SaveRecipeInput = {
  product_id: string
  steps?: string[]
  bake_minutes?: number | null
  bake_temperature_c?: number | null
  notes?: string | null
  items: RecipeItemInput[]
  /** Not given: the recipe keeps the options it has (none for a new one). */
  options?: RecipeOptions
}

type Snapshot = {
  recipe_id: string
  created: boolean
  previous?: { steps: unknown; bake_minutes: number | null; bake_temperature_c: number | null; notes: string | null; options: unknown; items: RecipeItemInput[] }
}

/** The options given, else the recipe's own, less the removals of ingredients the new items no longer put in. */
function optionsToSave(input: SaveRecipeInput, stored: unknown): RecipeOptions {
  if (input.options) return input.options
  const kept = optionsOf(stored)
  const inRecipe = new Set(input.items.map((item) => item.inventory_item_id))
  return { ...kept, removable: kept.removable.filter((itemId) => inRecipe.has(itemId)) }
}

/** Creates or replaces the product's recipe and its items; compensation restores the previous one. */
export const saveRecipeStep = createStep(
  saveRecipeStepId,
  async (input: SaveRecipeInput, { container }) => {
    const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
    const [previous] = await recipes.listRecipes({ product_id: input.product_id }, { relations: ["items"] })
    const fields = {
      steps: { list: input.steps ?? [] },
      bake_minutes: input.bake_minutes ?? null,
      bake_temperature_c: input.bake_temperature_c ?? null,
      notes: input.notes ?? null,
      options: optionsToSave(input, previous?.options) as unknown as Record<string, unknown>,
    }
    const recipe = previous ? await recipes.updateRecipes({ id: previous.id, ...fields }) : await recipes.createRecipes({ product_id: input.product_id, ...fields })
    if (previous?.items.length) await recipes.deleteRecipeItems(previous.items.map((item) => item.id))
    await recipes.createRecipeItems(input.items.map((item, rank) => ({ ...item, rank, recipe_id: recipe.id })))

    const snapshot: Snapshot = previous
      ? {
          recipe_id: previous.id,
          created: false,
          previous: {
            steps: previous.steps,
            bake_minutes: previous.bake_minutes,
            bake_temperature_c: previous.bake_temperature_c,
            notes: previous.notes,
            options: previous.options,
            items: previous.items.map((item) => ({
              variant_id: item.variant_id,
              inventory_item_id: item.inventory_item_id,
              quantity: Number(item.quantity),
            })),
          },
        }
      : { recipe_id: recipe.id, created: true }
    return new StepResponse({ id: recipe.id }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
    if (snapshot.created) {
      await recipes.deleteRecipes(snapshot.recipe_id)
      return
    }
    const { previous } = snapshot
    if (!previous) return
    const current = await recipes.listRecipeItems({ recipe_id: snapshot.recipe_id })
    if (current.length) await recipes.deleteRecipeItems(current.map((item) => item.id))
    await recipes.updateRecipes({
      id: snapshot.recipe_id,
      steps: previous.steps as Record<string, unknown>,
      bake_minutes: previous.bake_minutes,
      bake_temperature_c: previous.bake_temperature_c,
      notes: previous.notes,
      options: previous.options as Record<string, unknown>,
    })
    await recipes.createRecipeItems(previous.items.map((item, rank) => ({ ...item, rank, recipe_id: snapshot.recipe_id })))
  }
)
