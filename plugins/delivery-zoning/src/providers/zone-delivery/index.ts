import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ZoneDeliveryProviderService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [ZoneDeliveryProviderService] })
