import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { prepareZone, type PrepareZoneInput } from "../../zoning/prepare-zone"

export const prepareDeliveryZoneStepId = "prepare-delivery-zone"

export type PrepareDeliveryZoneInput = PrepareZoneInput

/** The zone to save, complete and checked (`prepareZone`). */
export const prepareDeliveryZoneStep = createStep(prepareDeliveryZoneStepId, async (input: PrepareDeliveryZoneInput, { container }) => {
  return new StepResponse(await prepareZone(container, input))
})
