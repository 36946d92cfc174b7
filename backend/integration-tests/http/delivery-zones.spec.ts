import { readFileSync } from "node:fs"
import { join } from "node:path"
import nock from "nock"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { loadDemoStore, openEveryPizzeria, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"

jest.setTimeout(300_000)

// the plugin reads its key when the application loads; Google itself is served by nock below
const GOOGLE_KEY = "test-google-key"
process.env.GOOGLE_MAP_API_KEY = GOOGLE_KEY

const GOOGLE = "https://maps.googleapis.com"
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "google", `${name}.json`), "utf8"))
const geocodeFor = (address: string) =>
  nock(GOOGLE)
    .get("/maps/api/geocode/json")
    .query((query) => query.address === address && query.key === GOOGLE_KEY && query.region === "fr")

// demo geography (backend/demo-data/zones.json)
const CENTRE_ONLY = { lat: 49.8905, lng: 2.308 } // Centre-ville polygon, out of Henriville's radius
const SAINT_LEU_AND_CENTRE = { lat: 49.8975, lng: 2.299 } // both polygons overlap here
const HORTILLONNAGES = { lat: 49.902, lng: 2.313 } // the hole in Saint-Leu's polygon
const PERONNE = { lat: 49.932, lng: 2.933 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const resolve = (body: Record<string, unknown>) => settle(api.post("/store/delivery-zones/resolve", body, store.storeHeaders))
    const zoning = () => getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      nock.disableNetConnect()
      nock.enableNetConnect(/localhost|127\.0\.0\.1/)
    })

    afterEach(() => {
      const pending = nock.pendingMocks()
      nock.cleanAll()
      expect(pending).toEqual([])
    })

    afterAll(() => {
      nock.enableNetConnect()
      delete process.env.GOOGLE_MAP_API_KEY
    })

    /** The Distance Matrix is asked for every point resolution; here it is down unless a test says otherwise. */
    const distanceMatrixDown = () => nock(GOOGLE).get("/maps/api/distancematrix/json").query(true).reply(200, { rows: [], status: "UNKNOWN_ERROR" })

    describe("resolving a place to the pizzeria that delivers it", () => {
      it("by postcode: the Longueau zone, with its fee, minimum and an ETA without a ride", async () => {
        const { status, data } = await resolve({ postal_code: "80 330" })
        expect(status).toBe(200)
        const longueau = store.pizzeria("Longueau")
        expect(data).toMatchObject({
          stock_location_id: longueau.id,
          sales_channel_id: longueau.sales_channel_id,
          zone_name: "Longueau, Cagny, Boves",
          fee: 3,
          min_order: 20,
          free_delivery_threshold: 45,
          eta_minutes: 25,
          ride: null,
          located_by: "postcode",
        })
      })

      it("by browser coordinates: the polygon containing the point, ride estimated when Google's matrix fails", async () => {
        distanceMatrixDown()
        const { status, data } = await resolve(CENTRE_ONLY)
        expect(status).toBe(200)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Amiens Centre").id, zone_name: "Centre-ville", fee: 2, located_by: "browser" })
        expect(data.ride.measured_by).toBe("estimate")
        expect(data.eta_minutes).toBe(20 + data.ride.minutes)
      })

      it("where zones overlap, the higher priority wins (Saint-Leu over the centre)", async () => {
        distanceMatrixDown()
        const { data } = await resolve(SAINT_LEU_AND_CENTRE)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Saint-Leu").id, fee: 2.5 })
      })

      it("a point in a polygon's hole falls to the next zone covering it", async () => {
        distanceMatrixDown()
        const { data } = await resolve(HORTILLONNAGES)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Amiens Centre").id, zone_name: "Amiens Métropole", fee: 4.5, min_order: 25 })
      })

      it("outside every zone: 422 outside_delivery_area", async () => {
        const { status, data } = await resolve(PERONNE)
        expect(status).toBe(422)
        expect(data).toMatchObject({ code: "outside_delivery_area", message: "Cette adresse est en dehors de notre zone de livraison." })
      })

      it("an address of the demo gazetteer is placed without calling Google", async () => {
        distanceMatrixDown()
        const { data } = await resolve({ address: "3 place Gambetta, 80000 Amiens, FR" })
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Amiens Centre").id, located_by: "gazetteer" })
      })

      it("bad bodies get a 400 that says what is missing", async () => {
        const empty = await resolve({})
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/address, a postal_code, or lat and lng/)
        const half = await resolve({ lat: 49.9 })
        expect(half.status).toBe(400)
        expect(half.data.message).toMatch(/lat and lng go together/)
      })
    })

    describe("geocoding through Google, cached, and falling back when Google fails", () => {
      it("geocodes a new address once, then answers from the cache; the ride comes from the Distance Matrix", async () => {
        const address = "7 rue des Jacobins, 80000 Amiens"
        geocodeFor(address).reply(200, fixture("geocode-ok-rue-des-jacobins"))
        nock(GOOGLE)
          .get("/maps/api/distancematrix/json")
          .query((query) => query.origins === "49.893,2.2983" && query.destinations === "49.8912,2.2961" && query.mode === "driving")
          .times(2)
          .reply(200, fixture("distance-matrix-ok"))

        const first = await resolve({ address })
        expect(first.status).toBe(200)
        // in both Centre-ville and Henriville's radius, same priority: the lower fee wins
        expect(first.data).toMatchObject({
          stock_location_id: store.pizzeria("Amiens Centre").id,
          fee: 2,
          located_by: "google",
          formatted_address: "7 Rue des Jacobins, 80000 Amiens, France",
          ride: { minutes: 6, measured_by: "google" },
          eta_minutes: 20 + 6,
        })
        const second = await resolve({ address: "7, Rue des JACOBINS 80000 Amiens" })
        expect(second.data).toMatchObject({ located_by: "cache", stock_location_id: first.data.stock_location_id })
        const [cached] = await zoning().listGeocodedAddresses({ query: "7 rue des jacobins 80000 amiens" })
        expect(cached).toMatchObject({ found: true, source: "google", postal_code: "80000" })
      })

      it("two customers typing the same new address at once: both served, one cache entry", async () => {
        const address = "9 rue des Jacobins, 80000 Amiens"
        geocodeFor(address).delay(200).reply(200, fixture("geocode-ok-rue-des-jacobins"))
        // the second lookup reaches Google only if it starts before the first is stored
        geocodeFor(address).delay(200).optionally().reply(200, fixture("geocode-ok-rue-des-jacobins"))
        nock(GOOGLE).get("/maps/api/distancematrix/json").query(true).times(2).reply(200, fixture("distance-matrix-ok"))
        const answers = await Promise.all([resolve({ address }), resolve({ address })])
        expect(answers.map((answer) => answer.status)).toEqual([200, 200])
        expect(answers.map((answer) => answer.data.stock_location_id)).toEqual([store.pizzeria("Amiens Centre").id, store.pizzeria("Amiens Centre").id])
        expect(await zoning().listGeocodedAddresses({ query: "9 rue des jacobins 80000 amiens" })).toHaveLength(1)
      })

      it("zero results: falls back to the postcode written in the address, and remembers the miss", async () => {
        const address = "999 impasse Inconnue, 80330 Longueau"
        geocodeFor(address).reply(200, fixture("geocode-zero-results"))
        const { status, data } = await resolve({ address })
        expect(status).toBe(200)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Longueau").id, located_by: "postcode" })
        const [cached] = await zoning().listGeocodedAddresses({ query: "999 impasse inconnue 80330 longueau" })
        expect(cached).toMatchObject({ found: false })
        // asked again: no second call to Google (nock would refuse it and the pending check would fail)
        expect((await resolve({ address })).data.located_by).toBe("postcode")
      })

      it("over quota: falls back to the browser's coordinates", async () => {
        const address = "2 rue Inconnue, Amiens"
        geocodeFor(address).reply(200, fixture("geocode-over-query-limit"))
        distanceMatrixDown()
        const { status, data } = await resolve({ address, ...SAINT_LEU_AND_CENTRE })
        expect(status).toBe(200)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Saint-Leu").id, located_by: "browser" })
        expect(await zoning().listGeocodedAddresses({ query: "2 rue inconnue amiens" })).toEqual([])
      })

      it("timeout: falls back without waiting for Google", async () => {
        const address = "4 rue Lente, 80480 Dury"
        geocodeFor(address).delay(6_000).reply(200, fixture("geocode-ok-rue-des-jacobins"))
        const started = Date.now()
        const { status, data } = await resolve({ address })
        expect(Date.now() - started).toBeLessThan(5_500)
        expect(status).toBe(200)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Dury").id, zone_name: "Saleux, Salouël", located_by: "postcode" })
      })

      it("nothing to go on: 422 address_not_found", async () => {
        const address = "quelque part"
        geocodeFor(address).reply(200, fixture("geocode-zero-results"))
        const { status, data } = await resolve({ address })
        expect(status).toBe(422)
        expect(data.code).toBe("address_not_found")
      })
    })

    describe("ETA and closed pizzerias", () => {
      it("adds the kitchen's queue to the ETA", async () => {
        const centre = store.pizzeria("Amiens Centre")
        distanceMatrixDown()
        const before = await resolve(CENTRE_ONLY).then((answer) => answer.data)
        const cartId = await preparePickupCart(api, store, centre, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
        await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        distanceMatrixDown()
        const after = await resolve(CENTRE_ONLY).then((answer) => answer.data)
        expect(after.kitchen_delay_minutes).toBe(before.kitchen_delay_minutes + 4)
        expect(after.eta_minutes).toBe(before.eta_minutes + 4)
      })

      it("every covering pizzeria closed: 409 pizzeria_closed with the next opening", async () => {
        const henriville = store.pizzeria("Henriville")
        const services = await zoning().listServiceLocations({})
        const inAnHour = new Date(Date.now() + 60 * 60 * 1000)
        await zoning().createServiceClosures(
          services.map((service) => ({
            service_location_id: service.id,
            starts_at: new Date(Date.now() - 60_000),
            ends_at: service.stock_location_id === henriville.id ? inAnHour : new Date(Date.now() + 5 * 60 * 60 * 1000),
            reason: "test",
          }))
        )
        try {
          const { status, data } = await resolve({ lat: 49.8861, lng: 2.2936 })
          expect(status).toBe(409)
          expect(data.code).toBe("pizzeria_closed")
          expect(data.details).toMatchObject({ stock_location_id: henriville.id })
          expect(Math.abs(new Date(data.details.next_opening_at).getTime() - inAnHour.getTime())).toBeLessThan(1000)

          const { data: listed } = await api.get("/store/pizzerias", store.storeHeaders)
          const shown = listed.pizzerias.find((pizzeria: { id: string }) => pizzeria.id === henriville.id)
          expect(shown).toMatchObject({ is_open: false, closures: [expect.objectContaining({ reason: "test" })] })
        } finally {
          await openEveryPizzeria(getContainer())
        }
      })
    })
  },
})
