import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryQuote } from "@oc-pizza/api-types"
import type { PlaceInput } from "../geocoding/locate-place"
import { deliveryFee } from "../zoning/choose-zone"
import { chooseDeliveryZoneStep } from "./steps/choose-delivery-zone"
import { estimateRideStep } from "./steps/estimate-ride"
import { locateDeliveryPlaceStep } from "./steps/locate-delivery-place"

export const resolveDeliveryZoneWorkflowId = "resolve-delivery-zone"

export type ResolveDeliveryZoneInput = {
  place: PlaceInput
  /** Only these locations may deliver (e.g. those of the customer's sales channels). */
  stock_location_ids?: string[]
  /** The order's amount so far, for the free-delivery threshold. */
  subtotal?: number
}

/** The workflow's answer: the quote the store route sends (with the pizzeria and its sales channel added). */
export type ResolvedDelivery = DeliveryQuote

/** Minutes a location's kitchen currently needs before an order can leave; 0 when nobody says. */
const kitchenDelayOf = (result: unknown): number => (typeof result === "number" && Number.isFinite(result) && result > 0 ? Math.ceil(result) : 0)

/**
 * Which location delivers a place, for how much and when. The ETA is the
 * zone's base minutes, plus the kitchen's current delay, plus the ride.
 *
 * Hook `kitchenDelay` ({ stock_location_id }): the application returns the
 * location's current kitchen delay in minutes (its queue, a manager's "+20 min"
 * on a busy night); without a handler the delay is 0.
 */
export const resolveDeliveryZoneWorkflow = createWorkflow(resolveDeliveryZoneWorkflowId, (input: ResolveDeliveryZoneInput) => {
  const place = locateDeliveryPlaceStep(input.place)
  const chosen = chooseDeliveryZoneStep({ place, stock_location_ids: input.stock_location_ids })
  const rideInput = transform({ chosen, place }, ({ chosen, place }) => ({ from: chosen.service?.location, to: place.point }))
  const ride = estimateRideStep(rideInput)
  const hookInput = transform({ chosen }, ({ chosen }) => ({ stock_location_id: chosen.zone.stock_location_id }))
  const kitchenDelay = createHook("kitchenDelay", hookInput)
  const delay = kitchenDelay.getResult()

  const resolved = transform({ chosen, place, ride, delay, input }, ({ chosen, place, ride, delay, input }): ResolvedDelivery => {
    const kitchen = kitchenDelayOf(delay)
    const { zone } = chosen
    return {
      stock_location_id: zone.stock_location_id,
      zone_id: zone.id,
      zone_name: zone.name,
      fee: deliveryFee(zone, input.subtotal ?? 0),
      min_order: zone.min_order,
      free_delivery_threshold: zone.free_delivery_threshold,
      eta_minutes: zone.eta_base_minutes + kitchen + (ride?.minutes ?? 0),
      ride: ride ?? null,
      kitchen_delay_minutes: kitchen,
      location: place.point ?? null,
      located_by: place.located_by,
      formatted_address: place.formatted_address ?? null,
    }
  })
  return new WorkflowResponse(resolved, { hooks: [kitchenDelay] })
})
