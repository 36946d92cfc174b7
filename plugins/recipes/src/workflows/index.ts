export * from "./upsert-recipe"
export * from "./delete-recipe"
export { RECIPES_MODULE } from "../modules/recipes"
export type { default as RecipesModuleService } from "../modules/recipes/service"
