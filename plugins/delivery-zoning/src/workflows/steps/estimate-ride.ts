import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LatLng } from "../../geo/geometry"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"
import { rideMinutes, type Ride } from "../../zoning/ride-minutes"

export const estimateRideStepId = "estimate-ride"

/** The ride from the location to the place; none when either point is unknown (postcode only). */
export const estimateRideStep = createStep(estimateRideStepId, async ({ from, to }: { from?: LatLng; to?: LatLng }, { container }) => {
  if (!from || !to) return new StepResponse<Ride | undefined>(undefined)
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const ride = await rideMinutes(from, to, await zoning.getOptions(), container.resolve(ContainerRegistrationKeys.LOGGER))
  return new StepResponse<Ride | undefined>(ride)
})
