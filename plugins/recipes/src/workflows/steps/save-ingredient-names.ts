import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECIPES_MODULE } from "../../modules/recipes"
import type RecipesModuleService from "../../modules/recipes/service"

export const saveIngredientNamesStepId = "save-ingredient-names"

export type IngredientNameInput = { inventory_item_id: string; name: string }

type Snapshot = { created: string[]; renamed: { id: string; name: string }[] }

/** Names (or renames) ingredients by inventory item; compensation puts the previous names back. */
export const saveIngredientNamesStep = createStep(
  saveIngredientNamesStepId,
  async (input: IngredientNameInput[], { container }) => {
    const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
    const existing = input.length ? await recipes.listRecipeIngredients({ inventory_item_id: input.map((entry) => entry.inventory_item_id) }) : []
    const byItem = new Map(existing.map((ingredient) => [ingredient.inventory_item_id, ingredient]))
    const toCreate = input.filter((entry) => !byItem.has(entry.inventory_item_id))
    const toRename = input.flatMap((entry) => {
      const current = byItem.get(entry.inventory_item_id)
      return current && current.name !== entry.name ? [{ id: current.id, name: entry.name, previous: current.name }] : []
    })
    const created = toCreate.length ? await recipes.createRecipeIngredients(toCreate) : []
    if (toRename.length) await recipes.updateRecipeIngredients(toRename.map(({ id, name }) => ({ id, name })))
    const saved = await recipes.listRecipeIngredients({ inventory_item_id: input.map((entry) => entry.inventory_item_id) })
    const snapshot: Snapshot = { created: created.map((ingredient) => ingredient.id), renamed: toRename.map(({ id, previous }) => ({ id, name: previous })) }
    return new StepResponse(saved, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
    if (snapshot.created.length) await recipes.deleteRecipeIngredients(snapshot.created)
    if (snapshot.renamed.length) await recipes.updateRecipeIngredients(snapshot.renamed)
  }
)
