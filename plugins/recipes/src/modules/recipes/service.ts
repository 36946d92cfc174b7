import { MedusaService } from "@medusajs/framework/utils"
import { Recipe } from "./models/recipe"
import { RecipeIngredient } from "./models/recipe-ingredient"
import { RecipeItem } from "./models/recipe-item"

export default class RecipesModuleService extends MedusaService({ Recipe, RecipeItem, RecipeIngredient }) {}
