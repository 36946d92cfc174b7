import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locatePlace, type LocatedPlace, type PlaceInput } from "../../geocoding/locate-place"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"

export const locateDeliveryPlaceStepId = "locate-delivery-place"

/** Turns an address, a postcode or browser coordinates into a place (geocoding cache, then Google). */
export const locateDeliveryPlaceStep = createStep(locateDeliveryPlaceStepId, async (input: PlaceInput, { container }) => {
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const place: LocatedPlace = await locatePlace(zoning, input, container.resolve(ContainerRegistrationKeys.LOGGER))
  return new StepResponse(place)
})
