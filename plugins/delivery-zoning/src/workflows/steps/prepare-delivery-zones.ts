import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ZoneFieldsInput } from "../../zoning/zone-input"
import { prepareZone } from "../../zoning/prepare-zone"

export const prepareDeliveryZonesStepId = "prepare-delivery-zones"

/** New zones, each complete and checked (`prepareZone`); the first problem refuses them all. */
export const prepareDeliveryZonesStep = createStep(prepareDeliveryZonesStepId, async (zones: ZoneFieldsInput[], { container }) => {
  const prepared: ZoneFieldsInput[] = []
  for (const zone of zones) prepared.push(await prepareZone(container, { zone }))
  return new StepResponse(prepared)
})
