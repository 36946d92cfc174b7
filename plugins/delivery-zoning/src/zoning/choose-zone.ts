import { distanceKm } from "../geo/geometry"
import { isOpenAt, nextOpeningAt } from "../service-hours/service-hours"
import { zoneCovers } from "./zone-covers"
import type { DeliveryPlace, ServicePoint, Zone } from "./zone-types"

export type ZoneChoice =
  | { outcome: "open"; zone: Zone; service: ServicePoint | undefined; distance_km: number | undefined }
  | { outcome: "closed"; zone: Zone; service: ServicePoint; next_opening_at: Date | undefined }
  | { outcome: "outside" }

/**
 * Which zone delivers the place. The overlap rule, in order:
 * 1. a location that serves now beats one that is closed;
 * 2. the highest zone priority;
 * 3. the lowest delivery fee;
 * 4. the nearest location (when the place is a point);
 * 5. the zone id, so the answer never depends on the database's row order.
 * When every covering location is closed, the one that opens first is named.
 */
export function chooseZone(zones: Zone[], services: ServicePoint[], place: DeliveryPlace, now: Date): ZoneChoice {
  const serviceOf = new Map(services.map((service) => [service.stock_location_id, service]))
  const candidates = zones
    .filter((zone) => zoneCovers(zone, place))
    .map((zone) => {
      const service = serviceOf.get(zone.stock_location_id)
      return {
        zone,
        service,
        // a location without hours has not said when it closes: it serves
        open: !service || isOpenAt(service, now),
        distance_km: service && place.point ? distanceKm(service.location, place.point) : undefined,
      }
    })
  if (candidates.length === 0) return { outcome: "outside" }

  const open = candidates.filter((candidate) => candidate.open)
  if (open.length > 0) {
    const best = open.sort(
      (a, b) => b.zone.priority - a.zone.priority || a.zone.fee - b.zone.fee || (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity) || a.zone.id.localeCompare(b.zone.id)
    )[0]
    return { outcome: "open", zone: best.zone, service: best.service, distance_km: best.distance_km }
  }

  const reopenings = candidates
    .filter((candidate): candidate is typeof candidate & { service: ServicePoint } => !!candidate.service)
    .map((candidate) => ({ ...candidate, next: nextOpeningAt(candidate.service, now) }))
    .sort((a, b) => (a.next?.getTime() ?? Infinity) - (b.next?.getTime() ?? Infinity) || b.zone.priority - a.zone.priority)
  const first = reopenings[0]
  return { outcome: "closed", zone: first.zone, service: first.service, next_opening_at: first.next }
}

/** The delivery fee for an order of `subtotal`: free from the zone's threshold on. */
export function deliveryFee(zone: Zone, subtotal: number): number {
  return zone.free_delivery_threshold !== null && subtotal >= zone.free_delivery_threshold ? 0 : zone.fee
}
