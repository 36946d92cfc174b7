import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"
import type { ZoneFieldsInput } from "../../zoning/zone-input"

export const createDeliveryZonesStepId = "create-delivery-zones"

/** Creates checked zones; compensation deletes them. */
export const createDeliveryZonesStep = createStep(
  createDeliveryZonesStepId,
  async (zones: ZoneFieldsInput[], { container }) => {
    if (!zones.length) return new StepResponse([] as { id: string }[], [] as string[])
    const created = await container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).createDeliveryZones(zones)
    const ids = created.map((zone) => zone.id)
    return new StepResponse(
      ids.map((id) => ({ id })),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).deleteDeliveryZones(ids)
  }
)
