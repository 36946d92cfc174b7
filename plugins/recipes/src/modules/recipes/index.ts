import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import RecipesModuleService from "./service"

export const RECIPES_MODULE = "recipes"

export default Module(RECIPES_MODULE, { service: RecipesModuleService, loaders: [validateOptions] })
