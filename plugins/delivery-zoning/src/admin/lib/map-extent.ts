import type { Zone } from "./zoning-api-types"

export type Point = { lat: number; lng: number }
export type Bounds = { south: number; west: number; north: number; east: number }

/** The box around some points, with a margin, never thinner than ~1 km. */
export function boundsOf(points: Point[], margin = 0.15): Bounds {
  if (points.length === 0) return { south: 49.85, west: 2.25, north: 49.93, east: 2.36 }
  let south = Math.min(...points.map((p) => p.lat))
  let north = Math.max(...points.map((p) => p.lat))
  let west = Math.min(...points.map((p) => p.lng))
  let east = Math.max(...points.map((p) => p.lng))
  const padLat = Math.max((north - south) * margin, 0.005)
  const padLng = Math.max((east - west) * margin, 0.008)
  south -= padLat
  north += padLat
  west -= padLng
  east += padLng
  return { south, west, north, east }
}

const KM_PER_DEGREE = 111.32

/** The four points a circle of `km` kilometres reaches north, south, east and west of `centre`. */
export function circleExtent(centre: Point, km: number): Point[] {
  const dLat = km / KM_PER_DEGREE
  const dLng = km / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180))
  return [
    { lat: centre.lat + dLat, lng: centre.lng },
    { lat: centre.lat - dLat, lng: centre.lng },
    { lat: centre.lat, lng: centre.lng + dLng },
    { lat: centre.lat, lng: centre.lng - dLng },
  ]
}

/** The points a zone covers at its edges: a polygon's outline, or a radius zone's whole circle (not only its centre). */
export function zoneExtent(zone: Zone): Point[] {
  if (zone.kind === "polygon" && zone.polygon) return (zone.polygon.coordinates[0] ?? []).map(([lng, lat]) => ({ lat, lng }))
  if (zone.kind === "radius" && zone.center_lat !== null && zone.center_lng !== null && zone.radius_km) {
    return circleExtent({ lat: zone.center_lat, lng: zone.center_lng }, zone.radius_km)
  }
  return []
}
