import { distanceKm, polygonContains, polygonProblems, type GeoJsonPolygon } from "../geometry"

// a 2 × 2 square (lng 0…2, lat 0…2) with a 0.5…1.5 square hole
const square: GeoJsonPolygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ],
    [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.5, 1.5],
      [0.5, 1.5],
      [0.5, 0.5],
    ],
  ],
}

describe("polygonContains", () => {
  it.each([
    ["inside, outside the hole", { lng: 0.25, lat: 0.25 }, true],
    ["in the hole", { lng: 1, lat: 1 }, false],
    ["on an outer edge", { lng: 1, lat: 0 }, true],
    ["on an outer vertex", { lng: 2, lat: 2 }, true],
    ["on the hole's edge", { lng: 1, lat: 0.5 }, true],
    ["on the hole's vertex", { lng: 1.5, lat: 1.5 }, true],
    ["outside, level with an edge", { lng: 3, lat: 0 }, false],
    ["outside, level with a vertex", { lng: -1, lat: 2 }, false],
    ["outside", { lng: 2.0001, lat: 1 }, false],
  ])("%s", (_, point, expected) => {
    expect(polygonContains(square, point)).toBe(expected)
  })

  it("handles a concave outline", () => {
    const u: GeoJsonPolygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    }
    expect(polygonContains(u, { lng: 1.5, lat: 2 })).toBe(false)
    expect(polygonContains(u, { lng: 2.5, lat: 2 })).toBe(true)
    expect(polygonContains(u, { lng: 1.5, lat: 0.5 })).toBe(true)
  })
})

describe("polygonProblems", () => {
  it("accepts a valid polygon with a hole", () => {
    expect(polygonProblems(square)).toEqual([])
  })

  it.each([
    ["not a polygon", { type: "Point", coordinates: [0, 0] }, /"type": "Polygon"/],
    ["no rings", { type: "Polygon", coordinates: [] }, /at least one ring/],
    [
      "open ring",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      /outer ring.*not closed/,
    ],
    [
      "two points",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      /at least 3 distinct points/,
    ],
    [
      "bow tie",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      },
      /crosses itself \(edges 1 and 3\)/,
    ],
    [
      "latitude out of range",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 95],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      /\[1\]: latitude 95/,
    ],
    [
      "longitude out of range",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [181, 1],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      /longitude 181/,
    ],
    [
      "not numbers",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            ["a", 1],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      /\[1\]: must be \[longitude, latitude\]/,
    ],
    [
      "open hole",
      {
        type: "Polygon",
        coordinates: [
          square.coordinates[0],
          [
            [0.5, 0.5],
            [1, 0.5],
            [1, 1],
          ],
        ],
      },
      /hole 1.*not closed/,
    ],
  ])("refuses %s, naming the problem", (_, polygon, message) => {
    const problems = polygonProblems(polygon)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })
})

describe("distanceKm", () => {
  it("measures Amiens cathedral to Amiens station (about 0.75 km)", () => {
    const km = distanceKm({ lat: 49.8946, lng: 2.3022 }, { lat: 49.8906, lng: 2.3085 })
    expect(km).toBeGreaterThan(0.55)
    expect(km).toBeLessThan(0.75)
  })
})
