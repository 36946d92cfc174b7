import axios from "axios"
import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { KITCHEN_MODULE } from "../../src/modules/kitchen"
import type KitchenModuleService from "../../src/modules/kitchen/service"
import { openEventStream } from "../../../scripts/lib/event-stream"
import { loadDemoStore, preparePickupCart, type DemoStore } from "../helpers/demo-store"
import { startSecondServer } from "../helpers/second-server"

jest.setTimeout(300_000)

// A Redis database of its own: jobs left by another run on the same Redis must not reach this worker.
const REDIS_URL = process.env.OCP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7"

/**
 * The production scale-out: a server process and a worker process, joined
 * only by Redis (event bus, workflow engine, locks, live events), on one
 * database. The test runner's own application only seeds the data.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore
    const children: { process: { kill: (signal: NodeJS.Signals) => void } }[] = []
    const kitchen = () => getContainer().resolve<KitchenModuleService>(KITCHEN_MODULE)

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      const redis = new Redis(REDIS_URL)
      await redis.flushdb()
      redis.disconnect()
    })
    afterAll(() => {
      for (const child of children) child.process.kill("SIGKILL")
    })

    it("a transition made on the server reaches a board on the server through the worker and Redis, within a second", async () => {
      const [server, worker] = await Promise.all([
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "server" }),
        startSecondServer(dbConfig.clientUrl, { REDIS_URL, MEDUSA_WORKER_MODE: "worker" }),
      ])
      children.push(server, worker)
      const serverApi = axios.create({ baseURL: server.url })
      const adminHeaders = (await store.adminHeaders()).headers
      const centre = store.pizzeria("Amiens Centre")

      const board = await openEventStream(`${server.url}/admin/kitchen/stream?pizzeria_id=${centre.id}`, adminHeaders)
      try {
        const cartId = await preparePickupCart(serverApi, store, centre, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
        const { data } = await serverApi.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        // order.placed goes to the worker through Redis, which opens the ticket and publishes it
        const received = await board.next((event) => event.data.order_id === data.order.id && event.data.status === "received", 15_000)
        const [ticket] = await kitchen().listKitchenTickets({ order_id: data.order.id })
        expect(received.data.ticket_id).toBe(ticket.id)

        await serverApi.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to: "preparing" }, { headers: adminHeaders })
        const preparing = await board.next((event) => event.data.ticket_id === ticket.id && event.data.status === "preparing", 5_000)
        expect(preparing.afterMs).toBeLessThan(1_000)
      } finally {
        await board.close()
      }
    })
  },
})
