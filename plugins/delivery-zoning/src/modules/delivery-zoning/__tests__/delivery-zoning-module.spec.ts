import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DELIVERY_ZONING_MODULE } from ".."
import DeliveryZoningModuleService from "../service"

jest.setTimeout(60_000)

// The module alone on real PostgreSQL (Medusa's module runner: a database of its own, the plugin's migrations).
moduleIntegrationTestRunner<DeliveryZoningModuleService>({
  moduleName: DELIVERY_ZONING_MODULE,
  resolve: "./src/modules/delivery-zoning",
  moduleOptions: { banApiUrl: false, roadFactor: 1.4 },
  testSuite: ({ service }) => {
    it("lists zones as plain rows, deleted ones left out", async () => {
      const [centre, postcodes] = await service.createDeliveryZones([
        { stock_location_id: "sloc_1", name: "Centre", kind: "radius", radius_km: 2, fee: 2, min_order: 15, eta_base_minutes: 20, is_active: true, priority: 1 },
        { stock_location_id: "sloc_1", name: "80090", kind: "postcodes", postal_codes: ["80090"], fee: 3, min_order: 0, eta_base_minutes: 20, is_active: true, priority: 0 },
      ] as never)
      await service.createDeliveryZones({
        stock_location_id: "sloc_2",
        name: "Other",
        kind: "radius",
        radius_km: 5,
        fee: 4,
        min_order: 0,
        eta_base_minutes: 20,
        is_active: true,
        priority: 0,
      } as never)
      await service.softDeleteDeliveryZones(postcodes.id)

      const rows = await service.listZoneRows({ stock_location_id: ["sloc_1"] })
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ id: centre.id, name: "Centre", kind: "radius", priority: 1 })
      expect(Number(rows[0].fee)).toBe(2)
      expect(await service.listZoneRows()).toHaveLength(2)
    })

    it("keeps one set of hours per location, with its closures", async () => {
      const location = await service.createServiceLocations({
        stock_location_id: "sloc_1",
        latitude: 49.893,
        longitude: 2.2983,
        timezone: "Europe/Paris",
        opening_hours: { fri: [["18:00", "01:00"]] },
      } as never)
      await service.createServiceClosures({
        service_location_id: location.id,
        starts_at: new Date("2099-12-24T15:00:00Z"),
        ends_at: new Date("2099-12-26T10:00:00Z"),
        reason: "Noël",
      } as never)
      await expect(service.createServiceLocations({ stock_location_id: "sloc_1", latitude: 0, longitude: 0, timezone: "UTC", opening_hours: {} } as never)).rejects.toThrow()
      const [read] = await service.listServiceLocations({ stock_location_id: "sloc_1" }, { relations: ["closures"] })
      expect(read.closures.map((closure) => closure.reason)).toEqual(["Noël"])
    })

    it("caches one geocoding answer per query", async () => {
      await service.createGeocodedAddresses({ query: "5 rue jules barni 80090 amiens", lat: 49.88, lng: 2.31, source: "gazetteer" } as never)
      await expect(service.createGeocodedAddresses({ query: "5 rue jules barni 80090 amiens", lat: 1, lng: 1, source: "ban" } as never)).rejects.toThrow()
    })

    it("holds its checked options", async () => {
      expect(await service.getOptions()).toMatchObject({ banApiUrl: false, roadFactor: 1.4 })
    })
  },
})
