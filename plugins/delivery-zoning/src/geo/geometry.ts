/**
 * Plane geometry on longitude/latitude, good enough at a town's scale (a
 * delivery zone spans a few kilometres). GeoJSON order: [longitude, latitude].
 */
export type Position = [number, number]
export type LatLng = { lat: number; lng: number }
export type GeoJsonPolygon = { type: "Polygon"; coordinates: Position[][] }

const EPSILON = 1e-12
const EARTH_RADIUS_KM = 6371.0088

/** Why a polygon cannot be a zone, in words a person can fix; empty when it is fine. */
export function polygonProblems(polygon: unknown): string[] {
  if (!isObject(polygon) || polygon.type !== "Polygon") return ['polygon: must be a GeoJSON object with "type": "Polygon"']
  if (!Array.isArray(polygon.coordinates) || polygon.coordinates.length === 0) {
    return ["polygon.coordinates: must list at least one ring of [longitude, latitude] positions"]
  }
  const problems: string[] = []
  polygon.coordinates.forEach((ring, index) => {
    const name = index === 0 ? "outer ring" : `hole ${index}`
    problems.push(...ringProblems(ring, `polygon.coordinates[${index}] (${name})`))
  })
  return problems
}

function ringProblems(ring: unknown, label: string): string[] {
  if (!Array.isArray(ring)) return [`${label}: must be a list of [longitude, latitude] positions`]
  for (const [index, position] of ring.entries()) {
    if (!Array.isArray(position) || position.length < 2 || !position.slice(0, 2).every(Number.isFinite)) {
      return [`${label}[${index}]: must be [longitude, latitude] numbers`]
    }
    const [lng, lat] = position as number[]
    if (lng < -180 || lng > 180) return [`${label}[${index}]: longitude ${lng} is outside -180…180`]
    if (lat < -90 || lat > 90) return [`${label}[${index}]: latitude ${lat} is outside -90…90`]
  }
  const positions = ring as Position[]
  const distinct = new Set(positions.map(([lng, lat]) => `${lng},${lat}`))
  if (distinct.size < 3) return [`${label}: needs at least 3 distinct points`]
  const first = positions[0]
  const last = positions[positions.length - 1]
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return [`${label}: is not closed, its last position must repeat the first`]
  }
  const crossing = firstSelfIntersection(positions)
  if (crossing) return [`${label}: crosses itself (edges ${crossing[0] + 1} and ${crossing[1] + 1})`]
  return []
}

/** The first pair of non-adjacent edges that touch or cross, if any. */
function firstSelfIntersection(ring: Position[]): [number, number] | undefined {
  const edges = ring.length - 1
  for (let i = 0; i < edges; i++) {
    for (let j = i + 1; j < edges; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === edges - 1)
      if (adjacent) continue
      if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return [i, j]
    }
  }
  return undefined
}

function cross(o: Position, a: Position, b: Position): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

function onSegment(p: Position, a: Position, b: Position): boolean {
  return (
    Math.abs(cross(a, b, p)) <= EPSILON &&
    Math.min(a[0], b[0]) - EPSILON <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + EPSILON &&
    Math.min(a[1], b[1]) - EPSILON <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + EPSILON
  )
}

function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = cross(c, d, a)
  const d2 = cross(c, d, b)
  const d3 = cross(a, b, c)
  const d4 = cross(a, b, d)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true
  return onSegment(a, c, d) || onSegment(b, c, d) || onSegment(c, a, b) || onSegment(d, a, b)
}

type RingSide = "inside" | "boundary" | "outside"

function sideOfRing(point: Position, ring: Position[]): RingSide {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]
    const b = ring[j]
    if (onSegment(point, a, b)) return "boundary"
    const straddles = a[1] > point[1] !== b[1] > point[1]
    if (straddles && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside
  }
  return inside ? "inside" : "outside"
}

/**
 * Whether the zone covers the point. Edges and vertices belong to the zone (an
 * address on the boundary street is delivered); a hole's interior does not.
 */
export function polygonContains(polygon: GeoJsonPolygon, point: LatLng): boolean {
  const position: Position = [point.lng, point.lat]
  const [outer, ...holes] = polygon.coordinates
  if (sideOfRing(position, outer) === "outside") return false
  return holes.every((hole) => sideOfRing(position, hole) !== "inside")
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}
