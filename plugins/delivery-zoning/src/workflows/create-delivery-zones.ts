import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ZoneFieldsInput } from "../zoning/zone-input"
import { createDeliveryZonesStep } from "./steps/create-delivery-zones"
import { prepareDeliveryZonesStep } from "./steps/prepare-delivery-zones"

export const createDeliveryZonesWorkflowId = "create-delivery-zones"

/** Creates several zones (a new pizzeria's, say): none is saved unless every one is valid. */
export const createDeliveryZonesWorkflow = createWorkflow(createDeliveryZonesWorkflowId, (input: { zones: ZoneFieldsInput[] }) => {
  const zones = prepareDeliveryZonesStep(input.zones)
  return new WorkflowResponse(createDeliveryZonesStep(zones))
})
