/** Emitted after a recipe was saved or removed (data: `{ product_id }`): what a dish contains, so what a menu shows, changed. */
export const RECIPE_CHANGED_EVENT = "recipes.recipe_changed"

export type RecipeChanged = { product_id: string }

/** Emitted after ingredients were named or renamed (data: `{ inventory_item_ids }`). */
export const INGREDIENT_NAMES_CHANGED_EVENT = "recipes.ingredient_names_changed"
