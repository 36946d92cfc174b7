import { distanceKm, polygonContains } from "../geo/geometry"
import { normalizePostcode } from "../geo/postcode"
import type { DeliveryPlace, Zone } from "./zone-types"

/**
 * Whether an active zone covers the place. Drawn zones (polygon, radius) need
 * a point; postcode zones need the postcode, so they keep working when no
 * geocoder could place the address.
 */
export function zoneCovers(zone: Zone, place: DeliveryPlace): boolean {
  if (!zone.is_active) return false
  switch (zone.kind) {
    case "polygon":
      return !!place.point && !!zone.polygon && polygonContains(zone.polygon, place.point)
    case "radius":
      return (
        !!place.point &&
        zone.center_lat !== null &&
        zone.center_lng !== null &&
        zone.radius_km !== null &&
        distanceKm({ lat: zone.center_lat, lng: zone.center_lng }, place.point) <= zone.radius_km
      )
    case "postcodes": {
      if (!place.postal_code) return false
      const wanted = normalizePostcode(place.postal_code)
      return zone.postal_codes.some((code) => normalizePostcode(code) === wanted)
    }
  }
}
