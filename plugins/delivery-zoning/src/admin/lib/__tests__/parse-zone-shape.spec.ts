import { parseZoneShape, shapeToLines } from "../parse-zone-shape"
import { boundsOf, projection } from "../map-projection"

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

describe("projection", () => {
  it("maps the bounds' corners to the picture's corners and back", () => {
    const bounds = boundsOf(
      [
        { lat: 49.85, lng: 2.25 },
        { lat: 49.93, lng: 2.36 },
      ],
      0
    )
    const map = projection(bounds, 600)
    expect(map.toScreen({ lat: bounds.north, lng: bounds.west })).toEqual({ x: 0, y: 0 })
    const corner = map.toScreen({ lat: bounds.south, lng: bounds.east })
    expect(corner.x).toBeCloseTo(600)
    expect(corner.y).toBeCloseTo(map.height)
    expect(map.toPoint(corner.x, corner.y)).toEqual({ lat: Number(bounds.south.toFixed(5)), lng: Number(bounds.east.toFixed(5)) })
  })
})
