import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { ensureDemoAccounts } from "../../../src/demo/load-people"
import { DEMO_PASSWORD, loadDemoStore } from "../../helpers/demo-store"

jest.setTimeout(300_000)

/** The passwords the demo accounts had while they were written in the repository. */
const ONCE_PUBLISHED = ["ocpizza-admin", "ocpizza-demo", "ocpizza-client"]
const STAFF = ["admin@oc-pizza.test", "manager@oc-pizza.test", "pizzaiolo@oc-pizza.test", "livreur@oc-pizza.test", "comptoir@oc-pizza.test"]
const CUSTOMER = "camille.martin@example.test"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await loadDemoStore(api, getContainer())
    })
    const signIn = (actor: "user" | "customer", email: string, password: string) => api.post(`/auth/${actor}/emailpass`, { email, password }, { validateStatus: () => true })

    it("every demo account signs in with the install's password and with no published one", async () => {
      for (const email of STAFF) {
        expect((await signIn("user", email, DEMO_PASSWORD)).status).toBe(200)
        for (const published of ONCE_PUBLISHED) expect((await signIn("user", email, published)).status).toBe(401)
      }
      expect((await signIn("customer", CUSTOMER, DEMO_PASSWORD)).status).toBe(200)
      for (const published of ONCE_PUBLISHED) expect((await signIn("customer", CUSTOMER, published)).status).toBe(401)
    })

    it("an older demo database loses its published passwords at the next start", async () => {
      const container = getContainer()
      const auth = container.resolve(Modules.AUTH)
      // as a demo installed before the passwords were made per install
      await auth.updateProvider("emailpass", { entity_id: "manager@oc-pizza.test", password: "ocpizza-demo" })
      expect((await signIn("user", "manager@oc-pizza.test", "ocpizza-demo")).status).toBe(200)

      const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id", "metadata"] })
      await ensureDemoAccounts(container, new Map(locations.map((location) => [String(location.metadata?.handle), location.id])))

      expect((await signIn("user", "manager@oc-pizza.test", "ocpizza-demo")).status).toBe(401)
      expect((await signIn("user", "manager@oc-pizza.test", DEMO_PASSWORD)).status).toBe(200)
    })
  },
})
