import type { Logger } from "@medusajs/framework/types"
import { locatePlace, type LocatedPlace } from "../geocoding/locate-place"
import type DeliveryZoningModuleService from "../modules/delivery-zoning/service"
import { chooseZone, deliveryFee } from "../zoning/choose-zone"
import { readZones } from "../zoning/read-zoning"
import type { Zone } from "../zoning/zone-types"
import { placeOfAddress, type DeliveryAddress } from "./cart-place"

export type DeliveryQuote =
  { outcome: "deliverable"; zone: Zone; fee: number; place: LocatedPlace } | { outcome: "outside"; place: LocatedPlace } | { outcome: "address_not_found"; place: LocatedPlace }

/**
 * What one location charges to deliver an address, recomputed from the
 * address itself (never from a zone or fee the browser sent). Opening hours
 * are not considered here: a quote is a price, the completion check decides
 * whether the location takes the order now.
 */
export async function quoteDelivery(
  zoning: DeliveryZoningModuleService,
  stockLocationId: string,
  address: DeliveryAddress | null | undefined,
  subtotal: number,
  logger?: Pick<Logger, "warn">
): Promise<DeliveryQuote> {
  const place = await locatePlace(zoning, placeOfAddress(address), logger)
  if (!place.point && !place.postal_code) return { outcome: "address_not_found", place }
  const zones = await readZones(zoning, [stockLocationId])
  const choice = chooseZone(zones, [], place, new Date())
  if (choice.outcome !== "open") return { outcome: "outside", place }
  return { outcome: "deliverable", zone: choice.zone, fee: deliveryFee(choice.zone, subtotal), place }
}
