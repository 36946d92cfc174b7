import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import DeliveryZoningModuleService from "./service"

export const DELIVERY_ZONING_MODULE = "deliveryZoning"

export default Module(DELIVERY_ZONING_MODULE, { service: DeliveryZoningModuleService, loaders: [validateOptions] })
