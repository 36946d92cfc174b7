import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ZoningError } from "../../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"

export const softDeleteDeliveryZoneStepId = "soft-delete-delivery-zone"

/** Soft-deletes the zone (restored if a later step fails). */
export const softDeleteDeliveryZoneStep = createStep(
  softDeleteDeliveryZoneStepId,
  async (id: string, { container }) => {
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const [zone] = await zoning.listDeliveryZones({ id }, { take: 1 })
    if (!zone) throw new ZoningError(404, "invalid_zone", `Delivery zone ${id} does not exist.`)
    await zoning.softDeleteDeliveryZones(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).restoreDeliveryZones(id)
  }
)
