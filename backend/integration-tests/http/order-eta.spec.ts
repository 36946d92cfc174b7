import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { KITCHEN_MODULE } from "../../src/modules/kitchen"
import type KitchenModuleService from "../../src/modules/kitchen/service"
import { loadDemoStore, prepareDeliveryCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"

jest.setTimeout(300_000)

const MINUTE = 60_000
const INSTRUCTIONS = { door_code: "B1234", floor: "3e étage, appt 12", note: "Sonner deux fois, chien gentil" }

/**
 * The tracking's ETA is recomputed at each kitchen step (backend/src/orders/order-eta.ts),
 * and what the customer wrote for the driver reaches the kitchen ticket and the driver's card.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const kitchen = () => getContainer().resolve<KitchenModuleService>(KITCHEN_MODULE)

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    const centre = () => store.pizzeria("Amiens Centre")
    const transition = async (ticketId: string, to: string, extra: Record<string, unknown> = {}) =>
      settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to, ...extra }, await store.adminHeaders()))

    it("moves a delivery's ETA at each kitchen step, from the queue to the ready time to the departure plus the ride, and drops it once delivered", async () => {
      // a Reine (L) is above the centre's delivery minimum
      const cartId = await prepareDeliveryCart(api, store, centre(), [{ variant_id: store.variant("reine/L"), quantity: 1 }], {
        address_1: "12 rue Delambre",
        postal_code: "80000",
        city: "Amiens",
        metadata: { delivery_instructions: INSTRUCTIONS },
      })
      const placedAt = Date.now()
      const completed = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(completed).toMatchObject({ status: 200, data: { type: "order" } })
      const orderId = completed.data.order.id as string
      const ticket = await ticketOf(getContainer(), orderId)
      // the ride was estimated as the order was placed, from the order's own address
      const [stored] = await kitchen().listKitchenTickets({ id: ticket.id })
      expect(stored.ride_minutes).toBeGreaterThan(0)
      const ride = stored.ride_minutes! * MINUTE

      const tracking = async () => (await api.get(`/store/orders/${orderId}/tracking?token=${ticket.tracking_token}`, store.storeHeaders)).data
      const etaOf = (body: { eta: string | null }) => new Date(body.eta!).getTime()

      const queued = await tracking()
      expect(queued).toMatchObject({ status: "received", eta_basis: "queue" })
      // at least a whole preparation, the driver's wait and the ride from now
      expect(etaOf(queued)).toBeGreaterThanOrEqual(placedAt + 15 * MINUTE + 5 * MINUTE + ride - MINUTE)

      // the kitchen sees the instructions on the ticket
      const { data: board } = await api.get(`/admin/kitchen/tickets?pizzeria_id=${centre().id}&status=received`, await store.adminHeaders())
      expect(board.tickets.find((candidate: { id: string }) => candidate.id === ticket.id)).toMatchObject({
        delivery_instructions: INSTRUCTIONS,
        ride_minutes: stored.ride_minutes,
      })

      expect((await transition(ticket.id, "preparing")).status).toBe(200)
      const preparing = await tracking()
      expect(preparing.eta_basis).toBe("preparing")
      const started = new Date(preparing.history.find((line: { status: string }) => line.status === "preparing").at).getTime()
      expect(etaOf(preparing)).toBe(started + 15 * MINUTE + 5 * MINUTE + ride)

      expect((await transition(ticket.id, "ready")).status).toBe(200)
      const ready = await tracking()
      expect(ready.eta_basis).toBe("ready")
      const readyAt = new Date(ready.history.find((line: { status: string }) => line.status === "ready").at).getTime()
      expect(etaOf(ready)).toBe(readyAt + 5 * MINUTE + ride)
      // marked ready before its estimate: the customer's ETA comes closer
      expect(etaOf(ready)).toBeLessThan(etaOf(queued))

      // the driver's card carries the instructions
      const { data: deliveries } = await api.get(`/admin/pizzerias/${centre().id}/deliveries`, await store.adminHeaders())
      expect(deliveries.deliveries.find((delivery: { ticket_id: string }) => delivery.ticket_id === ticket.id)).toMatchObject({ instructions: INSTRUCTIONS })

      expect((await transition(ticket.id, "out_for_delivery")).status).toBe(200)
      const onTheRoad = await tracking()
      expect(onTheRoad.eta_basis).toBe("on_the_road")
      const departedAt = new Date(onTheRoad.history.find((line: { status: string }) => line.status === "out_for_delivery").at).getTime()
      expect(etaOf(onTheRoad)).toBe(departedAt + ride)

      expect((await transition(ticket.id, "delivered", { paid_with: "cash" })).status).toBe(200)
      expect(await tracking()).toMatchObject({ status: "delivered", eta: null, eta_basis: null })
    })

    it("refuses delivery instructions too long or of the wrong shape with a code, before anything is stored", async () => {
      const cartId = await prepareDeliveryCart(api, store, centre(), [{ variant_id: store.variant("reine/L"), quantity: 1 }])
      const address = { first_name: "Test", last_name: "Client", country_code: "fr", address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens" }
      const tooLong = await settle(
        api.post(`/store/carts/${cartId}`, { shipping_address: { ...address, metadata: { delivery_instructions: { note: "x".repeat(201) } } } }, store.storeHeaders)
      )
      expect(tooLong.status).toBe(400)
      expect(tooLong.data).toMatchObject({ code: "delivery_instructions_too_long", details: { field: "note", max_length: 200 } })
      const wrongShape = await settle(
        api.post(`/store/carts/${cartId}`, { shipping_address: { ...address, metadata: { delivery_instructions: { door_code: 1234 } } } }, store.storeHeaders)
      )
      expect(wrongShape.status).toBe(400)
      expect(wrongShape.data.code).toBe("delivery_instructions_invalid")
      const { data } = await api.get(`/store/carts/${cartId}?fields=*shipping_address`, store.storeHeaders)
      expect(data.cart.shipping_address.address_1).toBe("12 rue Delambre")
      expect(data.cart.shipping_address.metadata?.delivery_instructions).toBeUndefined()
    })
  },
})
