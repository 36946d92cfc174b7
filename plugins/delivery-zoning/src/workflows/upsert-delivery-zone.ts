import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ZoneFieldsInput, ZoneUpdateInput } from "../zoning/zone-input"
import { prepareDeliveryZoneStep } from "./steps/prepare-delivery-zone"
import { saveDeliveryZoneStep } from "./steps/save-delivery-zone"

export const upsertDeliveryZoneWorkflowId = "upsert-delivery-zone"

/** Creates a zone (no `id`) or edits one; nothing is saved unless the whole zone is valid. */
export const upsertDeliveryZoneWorkflow = createWorkflow(upsertDeliveryZoneWorkflowId, (input: { id?: string; zone: ZoneFieldsInput | ZoneUpdateInput }) => {
  const zone = prepareDeliveryZoneStep(input)
  const saved = saveDeliveryZoneStep({ id: input.id, zone })
  return new WorkflowResponse(saved)
})
