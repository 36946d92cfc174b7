import type { AddressSuggestion } from "@oc-pizza/api-types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ambiguousAddress, deliveryAddressNotPlaced, outsideEveryZone, pizzeriaClosed } from "../../errors/customer-refusals"
import { ZoningError } from "../../errors/zoning-error"
import type { LocatedPlace } from "../../geocoding/locate-place"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"
import { chooseZone, type ZoneChoice } from "../../zoning/choose-zone"
import { readServicePoints, readZones } from "../../zoning/read-zoning"
import type { ServicePoint, Zone } from "../../zoning/zone-types"

export const chooseDeliveryZoneStepId = "choose-delivery-zone"

export type ChooseDeliveryZoneInput = { place: LocatedPlace; stock_location_ids?: string[] }
export type ChosenZone = { zone: Zone; service: ServicePoint | undefined }

/**
 * The zone that delivers the place among the given locations (see chooseZone
 * for the overlap rule), or the reason none can: address not found,
 * ambiguous (with its candidates), outside every zone, or every covering
 * location closed (with its next opening).
 */
export const chooseDeliveryZoneStep = createStep(chooseDeliveryZoneStepId, async ({ place, stock_location_ids }: ChooseDeliveryZoneInput, { container }) => {
  if (place.candidates?.length) throw ambiguous(place.candidates)
  if (!place.point && !place.postal_code && !place.commune) {
    throw notFound(place.located_by)
  }
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const [zones, services] = await Promise.all([readZones(zoning, stock_location_ids), readServicePoints(zoning, stock_location_ids)])
  const now = new Date()
  const choice = place.commune ? chooseForCommune(zones, services, place.commune, now) : chooseZone(zones, services, place, now)
  if (choice.outcome === "outside") {
    throw outsideEveryZone({ located_by: place.located_by })
  }
  if (choice.outcome === "closed") {
    throw pizzeriaClosed(choice.zone.stock_location_id, choice.next_opening_at ?? null, choice.service.timezone)
  }
  return new StepResponse<ChosenZone>({ zone: choice.zone, service: choice.service })
})

function notFound(located_by: LocatedPlace["located_by"]): ZoningError {
  return deliveryAddressNotPlaced({ located_by })
}

function ambiguous(candidates: AddressSuggestion[]): ZoningError {
  return ambiguousAddress(candidates)
}

/**
 * A commune named without a postcode ("Amiens"): served when every one of
 * its postcodes gets the same zone (or none does: outside); otherwise the
 * customer says which postcode, as candidates.
 */
function chooseForCommune(zones: Zone[], services: ServicePoint[], commune: NonNullable<LocatedPlace["commune"]>, now: Date): ZoneChoice {
  // a commune without a postcode of its own (none in La Poste's list) offers nothing to choose from
  if (commune.postal_codes.length === 0) throw notFound("commune")
  const choices = commune.postal_codes.map((postal_code) => chooseZone(zones, services, { postal_code }, now))
  const [first] = choices
  const zoneOf = (choice: ZoneChoice) => (choice.outcome === "outside" ? undefined : choice.zone.id)
  if (first && choices.every((choice) => zoneOf(choice) === zoneOf(first))) return first
  throw ambiguous(
    commune.postal_codes.map((postal_code) => ({
      label: `${postal_code} ${commune.name}`,
      address_1: null,
      postal_code,
      city: commune.name,
      lat: null,
      lng: null,
      source: "postcode",
    }))
  )
}
