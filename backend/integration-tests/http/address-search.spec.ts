import { readFileSync } from "node:fs"
import { join } from "node:path"
import nock from "nock"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { loadDemoStore, settle, type DemoStore } from "../helpers/demo-store"

jest.setTimeout(300_000)

// read when the application loads: the Base Adresse Nationale is served by nock below, and no Google key
// makes it the geocoder (an empty value counts as unset)
const BAN = "https://ban.test"
process.env.BAN_API_URL = `${BAN}/geocodage`
process.env.GOOGLE_MAP_API_KEY = ""
process.env.GOOGLE_MAPS_API_KEY = ""

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "ban", `${name}.json`), "utf8"))
/** BAN's search for one address, as the resolver asks it (5 answers, no autocompletion). */
const searchFor = (q: string) => nock(BAN).get("/geocodage/search").query({ q, limit: "5" })
/** BAN's search as the address search asks it, completing the text typed so far. */
const autocompleteFor = (q: string, limit = "5") => nock(BAN).get("/geocodage/search").query({ q, limit, autocomplete: "1" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const resolve = (body: Record<string, unknown>) => settle(api.post("/store/delivery-zones/resolve", body, store.storeHeaders))
    const suggest = (query: string) => settle(api.get(`/store/delivery-zones/suggestions?${query}`, store.storeHeaders))
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
      delete process.env.BAN_API_URL
      delete process.env.GOOGLE_MAP_API_KEY
      delete process.env.GOOGLE_MAPS_API_KEY
    })

    describe("resolving through the Base Adresse Nationale", () => {
      it("a real Amiens address is found and served, then answered from the cache without the network", async () => {
        const address = "45 rue de la République, 80000 Amiens"
        searchFor(address).reply(200, fixture("search-45-rue-de-la-republique-amiens"))
        const first = await resolve({ address })
        expect(first.status).toBe(200)
        expect(first.data).toMatchObject({
          stock_location_id: store.pizzeria("Amiens Centre").id,
          zone_name: "Centre-ville",
          located_by: "ban",
          formatted_address: "45 Rue de la République 80000 Amiens",
          location: { lat: 49.891503, lng: 2.298612 },
        })
        const [cached] = await zoning().listGeocodedAddresses({ query: "45 rue de la republique 80000 amiens" })
        expect(cached).toMatchObject({ found: true, source: "ban", postal_code: "80000" })
        // asked again: no second call (nock would refuse it, and the pending check would fail)
        const second = await resolve({ address: "45, Rue de la RÉPUBLIQUE 80000 Amiens" })
        expect(second.data).toMatchObject({ located_by: "cache", stock_location_id: first.data.stock_location_id })
      })

      it("an address nobody knows: 422 address_not_found, which says to check it or add the postcode, and the miss is kept", async () => {
        const address = "zzkq impasse introuvable"
        searchFor(address).reply(200, fixture("search-not-found"))
        const { status, data } = await resolve({ address })
        expect(status).toBe(422)
        expect(data).toMatchObject({ code: "address_not_found", message: expect.stringMatching(/Vérifiez-la, ou ajoutez son code postal/) })
        expect(await zoning().listGeocodedAddresses({ query: "zzkq impasse introuvable" })).toMatchObject([{ found: false, source: "ban" }])
        expect((await resolve({ address })).data.code).toBe("address_not_found")
      })

      it("a far address that exists: 422 outside_delivery_area, not 'not found'", async () => {
        const address = "10 rue Nationale, 59000 Lille"
        searchFor(address).reply(200, fixture("search-10-rue-nationale-lille"))
        const { status, data } = await resolve({ address })
        expect(status).toBe(422)
        expect(data).toMatchObject({ code: "outside_delivery_area", details: { located_by: "ban" } })
      })

      it("the same street in several communes: 422 address_ambiguous with the candidates to choose from", async () => {
        const address = "12 rue de la République"
        searchFor(address).reply(200, fixture("search-rue-de-la-republique-ambiguous"))
        const { status, data } = await resolve({ address })
        expect(status).toBe(422)
        expect(data.code).toBe("address_ambiguous")
        expect(data.details.candidates).toEqual([
          {
            label: "12 Rue de la République 80000 Amiens",
            address_1: "12 Rue de la République",
            postal_code: "80000",
            city: "Amiens",
            lat: 49.891692,
            lng: 2.298301,
            source: "ban",
          },
          {
            label: "12 Rue de la République 80100 Abbeville",
            address_1: "12 Rue de la République",
            postal_code: "80100",
            city: "Abbeville",
            lat: 50.105632,
            lng: 1.833871,
            source: "ban",
          },
          {
            label: "12 Rue de la République 80300 Albert",
            address_1: "12 Rue de la République",
            postal_code: "80300",
            city: "Albert",
            lat: 50.001329,
            lng: 2.650418,
            source: "ban",
          },
        ])
        // nothing kept: the customer's choice is a new, precise address
        expect(await zoning().listGeocodedAddresses({ query: "12 rue de la republique" })).toEqual([])
      })

      it("BAN down: the postcode written in the address is still served, by the pizzeria's postcode zone", async () => {
        const address = "5 rue Jules Barni, 80000 Amiens"
        searchFor(address).reply(503, "Service Unavailable")
        const { status, data } = await resolve({ address })
        expect(status).toBe(200)
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Amiens Centre").id, zone_name: "Amiens (par code postal)", located_by: "postcode" })
      })

      it("BAN too slow: a commune alone is recognised offline, without waiting past the timeout", async () => {
        searchFor("Amiens").delay(5_000).reply(200, fixture("search-not-found"))
        const started = Date.now()
        const { status, data } = await resolve({ address: "Amiens" })
        expect(Date.now() - started).toBeLessThan(4_000)
        expect(status).toBe(200)
        // each of Amiens' postcodes (80000, 80080, 80090) goes to the same zone
        expect(data).toMatchObject({ stock_location_id: store.pizzeria("Amiens Centre").id, zone_name: "Amiens (par code postal)", located_by: "commune" })
      })
    })

    describe("GET /store/delivery-zones/suggestions", () => {
      it("a typo finds the right street, and the same text again is answered from memory", async () => {
        autocompleteFor("rue des jacobin amien").reply(200, fixture("autocomplete-rue-des-jacobin-amien"))
        const first = await suggest("q=rue%20des%20jacobin%20amien")
        expect(first.status).toBe(200)
        expect(first.data.suggestions[0]).toEqual({
          label: "Rue des Jacobins 80000 Amiens",
          address_1: "Rue des Jacobins",
          postal_code: "80000",
          city: "Amiens",
          lat: 49.891215,
          lng: 2.296174,
          source: "ban",
        })
        // no geocoder call this time (nock would refuse it and only offline answers would come)
        const second = await suggest("q=Rue%20des%20Jacobin,%20AMIEN")
        expect(second.data).toEqual(first.data)
      })

      it("the store's own addresses first, then the geocoder's", async () => {
        autocompleteFor("3 place gamb", "3").reply(200, fixture("search-not-found"))
        const { status, data } = await suggest("q=3%20place%20gamb&limit=3")
        expect(status).toBe(200)
        expect(data.suggestions[0]).toEqual({
          label: "3 place Gambetta, 80000 Amiens",
          address_1: "3 place Gambetta",
          postal_code: "80000",
          city: "Amiens",
          lat: 49.8937,
          lng: 2.2976,
          source: "gazetteer",
        })
      })

      it("BAN down: the commune and its postcodes still come, with the street as typed, never an error", async () => {
        autocompleteFor("5 rue Jules Barni Amiens").replyWithError("getaddrinfo ENOTFOUND ban.test")
        const { status, data } = await suggest("q=5%20rue%20Jules%20Barni%20Amiens")
        expect(status).toBe(200)
        expect(data.suggestions).toEqual(
          ["80000", "80080", "80090"].map((postal_code) => ({
            label: `5 rue Jules Barni, ${postal_code} Amiens`,
            address_1: "5 rue Jules Barni",
            postal_code,
            city: "Amiens",
            lat: null,
            lng: null,
            source: "postcode",
          }))
        )
        // and the one picked resolves offline by its postcode
        searchFor("5 rue Jules Barni, 80080 Amiens").replyWithError("getaddrinfo ENOTFOUND ban.test")
        expect((await resolve({ address: data.suggestions[1].label })).data).toMatchObject({ zone_name: "Amiens (par code postal)", located_by: "postcode" })
      })

      it("bad queries get a 400 that says what to send", async () => {
        const short = await suggest("q=am")
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/'q' too small, expected at least: '3'/)
        expect((await suggest("")).status).toBe(400)
        const many = await suggest("q=amiens&limit=11")
        expect(many.status).toBe(400)
        expect(many.data.message).toMatch(/'limit' too big, expected at most: '10'/)
        expect((await suggest(`q=${"a".repeat(201)}`)).status).toBe(400)
        expect((await suggest("q=amiens&email=someone")).status).toBe(400)
      })

      it("needs the publishable key, like resolving", async () => {
        const { status } = await settle(api.get("/store/delivery-zones/suggestions?q=amiens"))
        expect(status).toBe(400)
      })
    })
  },
})
