/** GeoJSON polygon as the API takes it: rings of [longitude, latitude], the first ring the outline. */
export type PolygonShape = { type: "Polygon"; coordinates: [number, number][][] }

/**
 * What staff paste into the zone form: either GeoJSON (a Polygon, or a
 * Feature holding one), or "latitude, longitude" lines as copied from a map
 * (an empty line starts a hole). An outline left open is closed. Returns a
 * message instead when the text is neither; the API checks the geometry.
 */
export function parseZoneShape(text: string): PolygonShape | { error: string } {
  const trimmed = text.trim()
  if (!trimmed) return { error: "empty" }
  if (trimmed.startsWith("{")) {
    try {
      const parsed = JSON.parse(trimmed)
      const geometry = parsed?.type === "Feature" ? parsed.geometry : parsed
      if (geometry?.type !== "Polygon") return { error: 'GeoJSON: "type" must be "Polygon"' }
      return geometry as PolygonShape
    } catch (error) {
      return { error: `GeoJSON: ${(error as Error).message}` }
    }
  }
  const rings: [number, number][][] = [[]]
  for (const [index, raw] of trimmed.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (!line) {
      if (rings[rings.length - 1].length > 0) rings.push([])
      continue
    }
    const numbers = line
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number)
    if (numbers.length !== 2 || numbers.some((value) => !Number.isFinite(value))) {
      return { error: `line ${index + 1}: expected "latitude, longitude"` }
    }
    rings[rings.length - 1].push([numbers[1], numbers[0]])
  }
  return { type: "Polygon", coordinates: rings.filter((ring) => ring.length > 0).map(closeRing) }
}

export function closeRing(ring: [number, number][]): [number, number][] {
  if (ring.length === 0) return ring
  const [first, last] = [ring[0], ring[ring.length - 1]]
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first]
}

/** The polygon back as "latitude, longitude" lines, holes after an empty line. */
export function shapeToLines(shape: PolygonShape): string {
  return shape.coordinates.map((ring) => ring.map(([lng, lat]) => `${lat}, ${lng}`).join("\n")).join("\n\n")
}
