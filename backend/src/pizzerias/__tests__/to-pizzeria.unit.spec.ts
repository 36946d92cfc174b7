import { toPizzeria } from "../to-pizzeria"

const hours = { mon: [], tue: [["11:00", "14:00"]], wed: [["11:00", "14:00"]] }
const location = (service_location: unknown) => ({
  id: "sloc_1",
  name: "OC Pizza Test",
  address: { address_1: "1 rue A", postal_code: "80000", city: "Amiens", country_code: "fr" },
  service_location: service_location as never,
})

describe("toPizzeria", () => {
  const settings = { latitude: 49.9, longitude: 2.3, timezone: "Europe/Paris", opening_hours: hours, closures: [] }

  it("uses the location's id, the channel's id, and the zoning plugin's position and hours", () => {
    const pizzeria = toPizzeria({ id: "sc_1", stock_locations: [location(settings)] }, new Date("2026-12-01T12:00:00+01:00"))
    expect(pizzeria).toMatchObject({
      id: "sloc_1",
      sales_channel_id: "sc_1",
      location: { lat: 49.9, lng: 2.3 },
      is_open: true,
      next_opening_at: "2026-12-01T11:00:00.000Z",
      address: { city: "Amiens", address_2: null, phone: null },
    })
  })

  it("is closed during a closure, says when it reopens, and lists only closures not over", () => {
    const closures = [
      { starts_at: "2026-11-01T00:00:00+01:00", ends_at: "2026-11-02T00:00:00+01:00", reason: "past" },
      { starts_at: "2026-12-01T00:00:00+01:00", ends_at: "2026-12-02T00:00:00+01:00", reason: "Inventaire" },
    ]
    const pizzeria = toPizzeria({ id: "sc_1", stock_locations: [location({ ...settings, closures })] }, new Date("2026-12-01T12:00:00+01:00"))
    expect(pizzeria?.is_open).toBe(false)
    expect(pizzeria?.next_opening_at).toBe("2026-12-02T10:00:00.000Z")
    expect(pizzeria?.closures.map((closure) => closure.reason)).toEqual(["Inventaire"])
  })

  it("skips a channel without a location; a location without hours sets no limit (open), with no position", () => {
    expect(toPizzeria({ id: "sc_2", stock_locations: [] }, new Date())).toBeUndefined()
    const pizzeria = toPizzeria({ id: "sc_3", stock_locations: [location(null)] }, new Date())
    expect(pizzeria).toMatchObject({ location: null, is_open: true, next_opening_at: null })
  })
})
