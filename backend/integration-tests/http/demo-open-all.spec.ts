import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { DELIVERY_ZONING_MODULE, setServiceHoursWorkflow, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { allClosedNotice } from "../../../scripts/lib/demo-hours"
import { demo } from "../../src/demo/data"
import { SEED_MARKER, STOREFRONT_KEY_TITLE } from "../../src/demo/markers"
import openDemoPizzerias from "../../src/scripts/open-demo-pizzerias"
import seedDemo from "../../src/scripts/seed-demo"

jest.setTimeout(240_000)

type Pizzeria = { id: string; name: string; is_open: boolean; opening_hours: Record<string, [string, string][]> }
const CLOSED_ALL_WEEK = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    const base = () => String(api.defaults.baseURL).replace(/\/$/, "")
    // fetch, not axios: a refusal is then reported with its body
    const pizzerias = async (): Promise<Pizzeria[]> => {
      const response = await fetch(`${base()}/store/pizzerias`, { headers: { "x-publishable-api-key": key } })
      const body = await response.json()
      if (!response.ok) throw new Error(`GET /store/pizzerias: ${response.status} ${JSON.stringify(body)}`)
      return body.pizzerias
    }
    const run = (args: string[] = []) => openDemoPizzerias({ container: getContainer(), args })
    const hoursOf = async () => Object.fromEntries((await pizzerias()).map((pizzeria) => [pizzeria.name, pizzeria.opening_hours]))
    const demoHours = Object.fromEntries(demo.pizzerias.map((pizzeria) => [pizzeria.name, pizzeria.opening_hours]))
    /** 3 a.m. on any day: every demo pizzeria closed. */
    const closeEveryPizzeria = async () => {
      for (const pizzeria of await pizzerias()) {
        const own = demo.pizzerias.find((candidate) => pizzeria.name === candidate.name)!
        await setServiceHoursWorkflow(getContainer()).run({
          input: { stock_location_id: pizzeria.id, latitude: own.location.lat, longitude: own.location.lng, timezone: demo.timezone, opening_hours: CLOSED_ALL_WEEK, closures: [] },
        })
      }
    }

    // every test starts again from the store as it is here (the runner restores it)
    beforeAll(async () => {
      const container = getContainer()
      await seedDemo({ container, args: [] })
      key = (await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE }))[0].token
    })

    it("refuses a database the demo data was not loaded into, and changes nothing", async () => {
      const stores = getContainer().resolve(Modules.STORE)
      const [store] = await stores.listStores({}, { take: 1 })
      await stores.updateStores(store.id, { metadata: { [SEED_MARKER]: "" } })
      await expect(run()).rejects.toThrow("not loaded with the demo data")
      expect(await hoursOf()).toEqual(demoHours)
    })

    it("refuses production, leaving the hours as they are", async () => {
      const mode = process.env.NODE_ENV
      process.env.NODE_ENV = "production"
      try {
        await expect(run()).rejects.toThrow("not for production")
      } finally {
        process.env.NODE_ENV = mode
      }
      expect(await hoursOf()).toEqual(demoHours)
    })

    it("at 3 a.m., npm start's notice names the one command; once it has run, every demo pizzeria is open all day, every day, without closures", async () => {
      await closeEveryPizzeria()
      expect((await pizzerias()).every((pizzeria) => !pizzeria.is_open)).toBe(true)
      const notice = await allClosedNotice(base(), key)
      expect(notice).toContain("Every pizzeria is closed now")
      expect(notice).toContain("npm run demo:open-all\n")
      expect(notice).toContain("npm run demo:open-all -- --undo")

      await run()
      const open = await pizzerias()
      expect(open).toHaveLength(demo.pizzerias.length)
      for (const pizzeria of open) {
        expect(pizzeria.is_open).toBe(true)
        expect(Object.values(pizzeria.opening_hours)).toEqual(Array(7).fill([["00:00", "00:00"]]))
      }
      const zoning = getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
      expect(await zoning.listServiceClosures({})).toHaveLength(0)
      expect(await allClosedNotice(base(), key)).toBeUndefined()
    })

    it("--undo puts back each pizzeria's hours and closures from backend/demo-data", async () => {
      await run()
      await run(["undo"])
      expect(await hoursOf()).toEqual(demoHours)
      const zoning = getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
      for (const pizzeria of await pizzerias()) {
        const own = demo.pizzerias.find((candidate) => pizzeria.name === candidate.name)!
        const [service] = await zoning.listServiceLocations({ stock_location_id: pizzeria.id }, { relations: ["closures"] })
        const expected = demo.closures.filter((closure) => closure.pizzerias === "all" || closure.pizzerias.includes(own.handle))
        expect(service.closures.map((closure) => closure.reason).sort()).toEqual(expected.map((closure) => closure.reason).sort())
      }
    })
  },
})
