import { toPizzeria } from "../to-pizzeria"

const hours = { mon: [], tue: [["00:00", "23:59"]], wed: [], thu: [], fri: [], sat: [], sun: [] }

describe("toPizzeria", () => {
  it("uses the location's id and the channel's id", () => {
    const pizzeria = toPizzeria(
      {
        id: "sc_1",
        stock_locations: [
          {
            id: "sloc_1",
            name: "OC Pizza Test",
            metadata: { lat: 49.9, lng: 2.3, opening_hours: hours, timezone: "Europe/Paris" },
            address: { address_1: "1 rue A", postal_code: "80000", city: "Amiens", country_code: "fr" },
          },
        ],
      },
      new Date("2026-12-01T12:00:00+01:00")
    )
    expect(pizzeria).toMatchObject({
      id: "sloc_1",
      sales_channel_id: "sc_1",
      location: { lat: 49.9, lng: 2.3 },
      is_open: true,
      address: { city: "Amiens", address_2: null, phone: null },
    })
  })

  it("skips a channel without a location, and a location without coordinates has none", () => {
    expect(toPizzeria({ id: "sc_2", stock_locations: [] }, new Date())).toBeUndefined()
    const pizzeria = toPizzeria({ id: "sc_3", stock_locations: [{ id: "sloc_3", name: "X", metadata: null }] }, new Date())
    expect(pizzeria?.location).toBeNull()
    expect(pizzeria?.is_open).toBe(false)
  })
})
