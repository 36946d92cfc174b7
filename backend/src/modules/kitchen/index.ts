import { Module } from "@medusajs/framework/utils"
import KitchenModuleService from "./service"

export const KITCHEN_MODULE = "kitchen"

export default Module(KITCHEN_MODULE, { service: KitchenModuleService })
