import axios from "axios"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"
import { openEventStream } from "../../../scripts/lib/event-stream"
import { startSecondServer } from "../helpers/second-server"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore
    let base: string

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      base = String(api.defaults.baseURL).replace(/\/$/, "")
    })

    async function placeOrder() {
      const cartId = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      return ticketOf(getContainer(), data.order.id)
    }
    const adminHeaders = async () => (await store.adminHeaders()).headers

    it("the kitchen board's stream gets each transition within a second, and replays what a reconnecting board missed", async () => {
      const centre = store.pizzeria("Amiens Centre").id
      const board = await openEventStream(`${base}/admin/kitchen/stream?pizzeria_id=${centre}`, await adminHeaders())
      const elsewhere = await openEventStream(`${base}/admin/kitchen/stream?pizzeria_id=${store.pizzeria("Dury").id}`, await adminHeaders())
      try {
        expect(board.status).toBe(200)
        const ticket = await placeOrder()
        const received = await board.next((event) => event.data.ticket_id === ticket.id && event.data.status === "received", 3_000)
        const admin = await store.adminHeaders()
        // the latency counts from the moment the transition is sent
        const sent = performance.now()
        await api.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to: "preparing" }, admin)
        const preparing = await board.next((event) => event.data.ticket_id === ticket.id && event.data.status === "preparing", 2_000, sent)
        expect(preparing.afterMs).toBeLessThan(1_000)
        expect(elsewhere.events.filter((event) => event.data.ticket_id === ticket.id)).toEqual([])

        // a board that lost its connection after "received" gets "preparing" again, then live events
        const reconnected = await openEventStream(`${base}/admin/kitchen/stream?pizzeria_id=${centre}`, { ...(await adminHeaders()), "last-event-id": received.id! })
        try {
          await reconnected.next((event) => event.id === preparing.id, 1_000)
          expect(reconnected.events.some((event) => event.id === received.id)).toBe(false)
        } finally {
          await reconnected.close()
        }
      } finally {
        await board.close()
        await elsewhere.close()
      }
    })

    it("a customer's tracking stream gets a transition made by another server process", async () => {
      const ticket = await placeOrder()
      const tracking = await openEventStream(`${base}/store/orders/${ticket.order_id}/tracking/stream?token=${ticket.tracking_token}`, store.storeHeaders.headers)
      const refused = await settle(api.get(`/store/orders/${ticket.order_id}/tracking/stream?token=nope`, store.storeHeaders))
      expect(refused.status).toBe(404)
      const second = await startSecondServer(dbConfig.clientUrl)
      try {
        const other = axios.create({ baseURL: second.url })
        const admin = await signIn(other, "admin@oc-pizza.test")
        const sent = performance.now()
        await other.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to: "preparing" }, admin)
        const event = await tracking.next((candidate) => candidate.data.status === "preparing", 3_000, sent)
        expect(event.data).toMatchObject({ ticket_id: ticket.id, order_id: ticket.order_id })
        expect(event.afterMs).toBeLessThan(1_000)
      } finally {
        await second.kill()
        await tracking.close()
      }
    })
  },
})
