import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ZoningError } from "../../errors/zoning-error"
import type { LocatedPlace } from "../../geocoding/locate-place"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"
import { chooseZone } from "../../zoning/choose-zone"
import { readServicePoints, readZones } from "../../zoning/read-zoning"
import type { ServicePoint, Zone } from "../../zoning/zone-types"

export const chooseDeliveryZoneStepId = "choose-delivery-zone"

export type ChooseDeliveryZoneInput = { place: LocatedPlace; stock_location_ids?: string[] }
export type ChosenZone = { zone: Zone; service: ServicePoint | undefined }

/**
 * The zone that delivers the place among the given locations (see chooseZone
 * for the overlap rule), or the reason none can: address not found, outside
 * every zone, or every covering location closed (with its next opening).
 */
export const chooseDeliveryZoneStep = createStep(chooseDeliveryZoneStepId, async ({ place, stock_location_ids }: ChooseDeliveryZoneInput, { container }) => {
  if (!place.point && !place.postal_code) {
    throw new ZoningError(422, "address_not_found", "We could not place this address. Check it, or give its postcode.")
  }
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const [zones, services] = await Promise.all([readZones(zoning, stock_location_ids), readServicePoints(zoning, stock_location_ids)])
  const choice = chooseZone(zones, services, place, new Date())
  if (choice.outcome === "outside") {
    throw new ZoningError(422, "outside_delivery_area", "This address is outside our delivery area.", {
      located_by: place.located_by,
    })
  }
  if (choice.outcome === "closed") {
    const when = choice.next_opening_at?.toISOString()
    throw new ZoningError(
      409,
      "pizzeria_closed",
      when ? `The location that delivers this address is closed; it opens again at ${when}.` : "The location that delivers this address is closed.",
      { stock_location_id: choice.zone.stock_location_id, next_opening_at: when ?? null }
    )
  }
  return new StepResponse<ChosenZone>({ zone: choice.zone, service: choice.service })
})
