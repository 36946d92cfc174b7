import { parseZoneShape, shapeToLines } from "../parse-zone-shape"
import { boundsOf, zoneExtent } from "../map-extent"

describe("parseZoneShape", () => {
  it("reads latitude, longitude lines, closes the outline, and starts a hole after an empty line", () => {
    const shape = parseZoneShape("49.88, 2.28\n49.88, 2.31\n49.90 2.31\n\n49.885,2.29\n49.885,2.30\n49.889,2.30")
    expect(shape).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [2.28, 49.88],
          [2.31, 49.88],
          [2.31, 49.9],
          [2.28, 49.88],
        ],
        [
          [2.29, 49.885],
          [2.3, 49.885],
          [2.3, 49.889],
          [2.29, 49.885],
        ],
      ],
    })
    expect(parseZoneShape(shapeToLines(shape as never))).toEqual(shape)
  })

  it("reads GeoJSON, bare or in a Feature", () => {
    const polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    }
    expect(parseZoneShape(JSON.stringify(polygon))).toEqual(polygon)
    expect(parseZoneShape(JSON.stringify({ type: "Feature", properties: {}, geometry: polygon }))).toEqual(polygon)
  })

  it("says what is wrong otherwise", () => {
    expect(parseZoneShape('{"type": "Point"}')).toEqual({ error: 'GeoJSON: "type" must be "Polygon"' })
    expect(parseZoneShape("49.88, 2.28\nnorth of the station")).toEqual({ error: 'line 2: expected "latitude, longitude"' })
    expect(parseZoneShape("{ nope")).toMatchObject({ error: expect.stringMatching(/^GeoJSON: /) })
  })
})

describe("zoneExtent", () => {
  const zone = { id: "z", stock_location_id: "l", name: "Amiens Métropole", polygon: null, center_lat: null, center_lng: null, radius_km: null, postal_codes: [] }
  const common = { ...zone, fee: 4.5, min_order: 25, free_delivery_threshold: 50, eta_base_minutes: 25, is_active: true, priority: -1 }

  it("spans a radius zone's whole circle, so a 6 km zone is in view", () => {
    const extent = zoneExtent({ ...common, kind: "radius", center_lat: 49.893, center_lng: 2.2983, radius_km: 6 })
    const lats = extent.map((point) => point.lat)
    const lngs = extent.map((point) => point.lng)
    expect((Math.max(...lats) - Math.min(...lats)) * 111.32).toBeCloseTo(12, 5)
    expect((Math.max(...lngs) - Math.min(...lngs)) * 111.32 * Math.cos((49.893 * Math.PI) / 180)).toBeCloseTo(12, 5)
    // and the box fitted around it holds the whole circle, not only its centre
    const bounds = boundsOf(extent, 0.05)
    expect(bounds.north).toBeGreaterThan(49.893 + 6 / 111.32)
    expect(bounds.south).toBeLessThan(49.893 - 6 / 111.32)
  })
  it("follows a polygon's outline and skips postcode zones", () => {
    const square: [number, number][] = [
      [2.28, 49.88],
      [2.31, 49.88],
      [2.31, 49.9],
      [2.28, 49.88],
    ]
    expect(zoneExtent({ ...common, kind: "polygon", polygon: { type: "Polygon", coordinates: [square] } })).toHaveLength(4)
    expect(zoneExtent({ ...common, kind: "postcodes", postal_codes: ["80000"] })).toEqual([])
  })
})
