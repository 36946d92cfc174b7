import { polygonProblems } from "../geo/geometry"

/** A zone as written by staff, before it is saved. */
export type ZoneDraft = {
  kind?: "polygon" | "radius" | "postcodes"
  polygon?: unknown
  center_lat?: number | null
  center_lng?: number | null
  radius_km?: number | null
  postal_codes?: string[] | null
  fee?: number
  min_order?: number
  free_delivery_threshold?: number | null
}

/** What is wrong with a zone, field by field, in words staff can fix; empty when it can be saved. */
export function zoneProblems(zone: ZoneDraft): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = []
  switch (zone.kind) {
    case "polygon":
      if (zone.polygon === undefined || zone.polygon === null) problems.push({ field: "polygon", message: "polygon: a polygon zone needs its GeoJSON polygon" })
      else for (const message of polygonProblems(zone.polygon)) problems.push({ field: "polygon", message })
      break
    case "radius":
      if (!zone.radius_km || zone.radius_km <= 0) problems.push({ field: "radius_km", message: "radius_km: a radius zone needs a radius above 0 km" })
      if (zone.center_lat === null || zone.center_lat === undefined || zone.center_lng === null || zone.center_lng === undefined) {
        problems.push({ field: "center_lat", message: "center_lat, center_lng: a radius zone needs its centre (or the location's coordinates)" })
      }
      break
    case "postcodes":
      if (!zone.postal_codes?.length) problems.push({ field: "postal_codes", message: "postal_codes: a postcode zone needs at least one postcode" })
      break
    default:
      problems.push({ field: "kind", message: 'kind: must be "polygon", "radius" or "postcodes"' })
  }
  if (zone.free_delivery_threshold !== null && zone.free_delivery_threshold !== undefined && zone.free_delivery_threshold < (zone.min_order ?? 0)) {
    problems.push({ field: "free_delivery_threshold", message: "free_delivery_threshold: cannot be below the minimum order" })
  }
  return problems
}
