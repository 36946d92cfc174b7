import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveDeliveryZoneWorkflow } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { kitchenDelayMinutes } from "../../kitchen/kitchen-delay"

/** The delivery ETA includes the pizzeria's current kitchen queue. */
resolveDeliveryZoneWorkflow.hooks.kitchenDelay(async ({ stock_location_id }, { container }) => {
  return new StepResponse(await kitchenDelayMinutes(container, stock_location_id))
})
