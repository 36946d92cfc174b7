/** Emitted after a recipe was saved or removed (data: `{ product_id }`): what a dish contains, so what a menu shows, changed. */
export const RECIPE_CHANGED_EVENT = "recipes.recipe_changed"

export type RecipeChanged = { product_id: string }
