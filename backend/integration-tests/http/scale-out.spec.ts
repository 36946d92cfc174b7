import axios from "axios"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { openEventStream } from "../../../scripts/lib/event-stream"
import { ticketsOf } from "../helpers/kitchen"
import { killMidCheckout } from "../helpers/kill-mid-checkout"
import { DEMO_PASSWORD, loadDemoStore, preparePickupCart, ticketOf, type DemoStore } from "../helpers/demo-store"
import { claimEmptyRedisDatabase, type ClaimedRedisDatabase } from "../helpers/redis-database"
import { processesInGroup, startSecondServer, stopSecondServers, type SecondServer } from "../helpers/second-server"

jest.setTimeout(300_000)

// A killed server's stock lock expires in seconds, not a minute (Redis expires it by itself).
process.env.OCP_STOCK_LOCK_EXPIRE_SECONDS = "5"

/**
 * The production scale-out: a server process and a worker process, joined
 * only by Redis (event bus, workflow engine, locks, live events), on one
 * database. The test runner's own application only seeds the data.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore
    // a Redis database of its own: jobs left by another run on the same Redis must not reach this worker
    let redis: ClaimedRedisDatabase
    let REDIS_URL: string

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      redis = await claimEmptyRedisDatabase()
      REDIS_URL = redis.url
    })
    afterAll(async () => {
      await stopSecondServers()
      await redis?.release()
    })

    /** Stops a test's processes, and checks with `ps` that none of them is left running into the next test. */
    async function stopAll(servers: SecondServer[]): Promise<void> {
      await Promise.all(servers.map((server) => server.kill()))
      expect(servers.flatMap((server) => processesInGroup(server.process.pid!))).toEqual([])
    }

    it("a transition made on the server reaches a board on the server through the worker and Redis, within a second", async () => {
      const [server, worker] = await Promise.all([
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "server" }),
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "worker" }),
      ])
      const serverApi = axios.create({ baseURL: server.url })
      const adminHeaders = (await store.adminHeaders()).headers
      const centre = store.pizzeria("Amiens Centre")

      const board = await openEventStream(`${server.url}/admin/kitchen/stream?pizzeria_id=${centre.id}`, adminHeaders)
      try {
        const cartId = await preparePickupCart(serverApi, store, centre, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
        const { data } = await serverApi.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        // order.placed goes to the worker through Redis, which opens the ticket and publishes it
        const received = await board.next((event) => event.data.order_id === data.order.id && event.data.status === "received", 15_000)
        const ticket = await ticketOf(getContainer(), data.order.id)
        expect(received.data.ticket_id).toBe(ticket.id)

        // the latency counts from the moment the transition is sent
        const sent = performance.now()
        await serverApi.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to: "preparing" }, { headers: adminHeaders })
        const preparing = await board.next((event) => event.data.ticket_id === ticket.id && event.data.status === "preparing", 5_000, sent)
        expect(preparing.afterMs).toBeLessThan(1_000)
      } finally {
        await board.close()
        await stopAll([server, worker])
      }
    })

    it("two servers and a worker: 50 checkouts over both sell no portion twice, a transition on one reaches a board on the other, a killed server loses no order", async () => {
      const [first, second, worker] = await Promise.all([
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "server" }),
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "server" }),
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "worker" }),
      ])
      try {
        const servers = [first, second].map((server) => axios.create({ baseURL: server.url }))
        const admin = await store.adminHeaders()
        const centre = store.pizzeria("Amiens Centre")
        const margherita = [{ variant_id: store.variant("margherita/M"), quantity: 1 }]
        const mozzarella = store.inventoryItem("ING-MOZZARELLA")
        const { data: recipes } = await api.get(`/admin/recipes?limit=200`, admin)
        const portion = recipes.recipes
          .flatMap((recipe: { items: { variant_id: string; inventory_item_id: string; quantity: number }[] }) => recipe.items)
          .find((item: { variant_id: string; inventory_item_id: string }) => item.variant_id === margherita[0].variant_id && item.inventory_item_id === mozzarella)
          .quantity as number

        // mozzarella for 20 Margheritas, 50 customers, spread over both servers
        await api.post(`/admin/stock-locations/${centre.id}/stock-movements`, { inventory_item_id: mozzarella, type: "count", quantity: portion * 20, note: "scale-out" }, admin)
        const carts: string[] = []
        for (let i = 0; i < 50; i++) carts.push(await preparePickupCart(servers[i % 2], store, centre, margherita))
        const results = await Promise.all(
          carts.map((cartId, i) => servers[i % 2].post(`/store/carts/${cartId}/complete`, {}, { ...store.storeHeaders, validateStatus: () => true, timeout: 240_000 }))
        )
        const placed = results.filter((result) => result.status === 200 && result.data.order)
        expect(placed).toHaveLength(20)
        expect(results.filter((result) => result.status >= 500)).toEqual([])
        // each server answered its own half, every one an order or a refusal in words
        expect([0, 1].map((server) => results.filter((result, i) => i % 2 === server && result.status < 500).length)).toEqual([25, 25])
        const { data: level } = await api.get(`/admin/stock-locations/${centre.id}/ingredients`, admin)
        const row = level.ingredients.find((ingredient: { inventory_item_id: string }) => ingredient.inventory_item_id === mozzarella)
        expect(row.reserved_quantity).toBe(portion * 20)

        // a transition through one server reaches a board opened on the other
        const board = await openEventStream(`${second.url}/admin/kitchen/stream?pizzeria_id=${centre.id}`, admin.headers)
        try {
          const ticket = await ticketOf(getContainer(), placed[0].data.order.id, 15_000)
          const sent = performance.now()
          await servers[0].post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to: "preparing" }, admin)
          const seen = await board.next((event) => event.data.ticket_id === ticket.id && event.data.status === "preparing", 5_000, sent)
          expect(seen.afterMs).toBeLessThan(1_000)
        } finally {
          await board.close()
        }

        // a staff member signs in on the second server (the admin's session cookie, as a kitchen tablet holds it)
        const { data: signedIn } = await servers[1].post("/auth/user/emailpass", { email: "pizzaiolo@oc-pizza.test", password: DEMO_PASSWORD })
        const session = await servers[1].post("/auth/session", {}, { headers: { authorization: `Bearer ${signedIn.token as string}` } })
        const cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(";")[0]
        expect(cookie).toMatch(/^connect\.sid=/)

        // the second server is killed while its customers complete their carts
        await api.post(`/admin/stock-locations/${centre.id}/stock-movements`, { inventory_item_id: mozzarella, type: "receipt", quantity: portion * 40, note: "scale-out" }, admin)
        const doomed: string[] = []
        for (let i = 0; i < 12; i++) doomed.push(await preparePickupCart(servers[1], store, centre, margherita))
        const { answers } = await killMidCheckout(second, doomed, store.storeHeaders)
        const told = answers.filter((answer) => answer.status === 200 && answer.data.type === "order").map((answer) => (answer.data.order as { id: string }).id)
        expect(told.length).toBeGreaterThanOrEqual(2)
        expect(answers.filter((answer) => answer.status === 0).length).toBeGreaterThan(0)
        // every order a customer was told about exists, with its kitchen ticket
        for (const orderId of told) {
          const { data } = await api.get(`/admin/orders/${orderId}?fields=id`, admin)
          expect(data.order.id).toBe(orderId)
        }
        expect(await ticketsOf(getContainer(), told, 60_000)).toHaveLength(told.length)
        // the session lives in Redis, not in the dead process: the tablet is still signed in on the other server
        const me = await servers[0].get("/admin/users/me?fields=email", { headers: { cookie }, validateStatus: () => true })
        expect([me.status, me.data.user?.email]).toEqual([200, "pizzaiolo@oc-pizza.test"])
        // the surviving server still takes orders: at worst the customer is asked to retry while the dead server's lock expires
        const after = await preparePickupCart(servers[0], store, centre, margherita)
        const retries: { status: number; code?: string }[] = []
        for (let attempt = 0; attempt < 6; attempt++) {
          const { status, data: answer } = await servers[0].post(`/store/carts/${after}/complete`, {}, { ...store.storeHeaders, validateStatus: () => true, timeout: 240_000 })
          retries.push({ status, code: answer.code })
          if (status === 200) break
        }
        expect(retries.at(-1)).toEqual({ status: 200, code: undefined })
        expect(retries.slice(0, -1).every((answer) => answer.status === 409 && answer.code === "stock_busy")).toBe(true)
      } finally {
        await stopAll([first, second, worker])
      }
    })
  },
})
