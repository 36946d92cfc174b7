import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveDeliveryZoneWorkflow } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { PREPARATION_MINUTES } from "../../orders/order-eta"
import { asapReadyAt } from "../../slots/asap-ready-at"

/** The delivery ETA includes the pizzeria's current kitchen queue, and its capacity when the next quarters are booked. */
resolveDeliveryZoneWorkflow.hooks.kitchenDelay(async ({ stock_location_id }, { container }) => {
  const now = new Date()
  const { ready } = await asapReadyAt(container, stock_location_id, { pizzas: 1, now })
  return new StepResponse(Math.max(0, Math.round((ready.getTime() - now.getTime()) / 60_000) - PREPARATION_MINUTES))
})
