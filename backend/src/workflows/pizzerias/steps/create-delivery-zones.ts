import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_ZONING_MODULE, upsertDeliveryZoneWorkflow, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"

type ZoneInput = { zone: Record<string, unknown> & { stock_location_id: string; name: string } }

/** The pizzeria's delivery zones, each checked by the zoning plugin's own workflow. */
export const createDeliveryZonesStep = createStep(
  "create-delivery-zones",
  async (zones: ZoneInput[], { container }) => {
    const created: string[] = []
    try {
      for (const zone of zones) {
        const { result } = await upsertDeliveryZoneWorkflow(container).run({ input: zone as never })
        created.push((result as { id: string }).id)
      }
    } catch (error) {
      if (created.length) await container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).deleteDeliveryZones(created)
      throw error
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) await container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).deleteDeliveryZones(created)
  }
)
