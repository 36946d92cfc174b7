import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ZoningError } from "../errors/zoning-error"
import { DELIVERY_ZONING_MODULE } from "../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"

export const deleteDeliveryZoneWorkflowId = "delete-delivery-zone"

/** Soft-deletes the zone (restored if a later step fails). */
const softDeleteDeliveryZoneStep = createStep(
  "soft-delete-delivery-zone",
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

export const deleteDeliveryZoneWorkflow = createWorkflow(deleteDeliveryZoneWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(softDeleteDeliveryZoneStep(input.id))
})
