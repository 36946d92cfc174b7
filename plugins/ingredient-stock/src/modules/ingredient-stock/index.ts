import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import IngredientStockModuleService from "./service"

export const INGREDIENT_STOCK_MODULE = "ingredientStock"

export default Module(INGREDIENT_STOCK_MODULE, { service: IngredientStockModuleService, loaders: [validateOptions] })
