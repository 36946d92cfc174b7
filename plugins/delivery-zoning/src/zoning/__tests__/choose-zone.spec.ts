import { chooseZone, deliveryFee } from "../choose-zone"
import type { ServicePoint, Zone } from "../zone-types"

const alwaysOpen = {
  sun: [["00:00", "00:00"]],
  mon: [["00:00", "00:00"]],
  tue: [["00:00", "00:00"]],
  wed: [["00:00", "00:00"]],
  thu: [["00:00", "00:00"]],
  fri: [["00:00", "00:00"]],
  sat: [["00:00", "00:00"]],
} as ServicePoint["opening_hours"]
const service = (id: string, lat: number, lng: number, opening_hours = alwaysOpen): ServicePoint => ({
  stock_location_id: id,
  location: { lat, lng },
  timezone: "Europe/Paris",
  opening_hours,
  closures: [],
})
const zone = (id: string, location: string, overrides: Partial<Zone>): Zone => ({
  id,
  stock_location_id: location,
  name: id,
  kind: "radius",
  polygon: null,
  center_lat: 49.89,
  center_lng: 2.3,
  radius_km: 5,
  postal_codes: [],
  fee: 2.5,
  min_order: 15,
  free_delivery_threshold: null,
  eta_base_minutes: 20,
  is_active: true,
  priority: 0,
  ...overrides,
})
const now = new Date("2026-12-01T12:00:00+01:00")
const home = { point: { lat: 49.89, lng: 2.3 }, postal_code: "80000" }
const services = [service("near", 49.891, 2.3), service("far", 49.9, 2.33)]

describe("chooseZone", () => {
  it("is outside when no zone covers the place", () => {
    expect(chooseZone([zone("z", "near", { radius_km: 1, center_lat: 48 })], services, home, now)).toEqual({ outcome: "outside" })
  })

  it("ignores inactive zones", () => {
    expect(chooseZone([zone("z", "near", { is_active: false })], services, home, now).outcome).toBe("outside")
  })

  it("prefers the higher priority, then the lower fee, then the nearer location", () => {
    const byPriority = chooseZone([zone("a", "near", { fee: 1 }), zone("b", "far", { priority: 1, fee: 4 })], services, home, now)
    expect(byPriority.outcome === "open" && byPriority.zone.id).toBe("b")
    const byFee = chooseZone([zone("a", "near", { fee: 3 }), zone("b", "far", { fee: 2 })], services, home, now)
    expect(byFee.outcome === "open" && byFee.zone.id).toBe("b")
    const byDistance = chooseZone([zone("b", "far", {}), zone("a", "near", {})], services, home, now)
    expect(byDistance.outcome === "open" && byDistance.zone.id).toBe("a")
  })

  it("prefers an open location to a closed one, whatever the priority", () => {
    const closedNear = [service("near", 49.891, 2.3, { tue: [["18:00", "22:00"]] }), services[1]]
    const choice = chooseZone([zone("a", "near", { priority: 9 }), zone("b", "far", {})], closedNear, home, now)
    expect(choice.outcome === "open" && choice.zone.id).toBe("b")
  })

  it("names the first reopening when every covering location is closed", () => {
    const closed = [service("near", 49.891, 2.3, { wed: [["11:00", "14:00"]] }), service("far", 49.9, 2.33, { tue: [["18:00", "22:00"]] })]
    const choice = chooseZone([zone("a", "near", {}), zone("b", "far", {})], closed, home, now)
    expect(choice).toMatchObject({ outcome: "closed", zone: { id: "b" }, next_opening_at: new Date("2026-12-01T18:00:00+01:00") })
  })

  it("matches postcode zones without a point, spaces and case aside", () => {
    const choice = chooseZone([zone("p", "near", { kind: "postcodes", postal_codes: ["80 000"] })], services, { postal_code: "80000" }, now)
    expect(choice.outcome === "open" && choice.zone.id).toBe("p")
  })

  it("does not match drawn zones without a point", () => {
    expect(chooseZone([zone("r", "near", {})], services, { postal_code: "80000" }, now).outcome).toBe("outside")
  })

  it("matches a radius zone up to its edge only", () => {
    const ring = zone("r", "near", { center_lat: 49.89, center_lng: 2.3, radius_km: 1 })
    expect(chooseZone([ring], services, { point: { lat: 49.898, lng: 2.3 } }, now).outcome).toBe("open")
    expect(chooseZone([ring], services, { point: { lat: 49.9, lng: 2.3 } }, now).outcome).toBe("outside")
  })
})

describe("deliveryFee", () => {
  it("is free from the threshold on", () => {
    const z = zone("z", "near", { fee: 2.5, free_delivery_threshold: 30 })
    expect(deliveryFee(z, 29.99)).toBe(2.5)
    expect(deliveryFee(z, 30)).toBe(0)
    expect(deliveryFee(zone("z", "near", { fee: 2.5 }), 500)).toBe(2.5)
  })
})
