import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loadDemoStore, prepareDeliveryCart, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { kitchenOf } from "../helpers/kitchen"
import { ingredientLevel } from "../helpers/stock"
import { until } from "../helpers/wait"
import { openEventStream } from "../../../scripts/lib/event-stream"
import { StripeEdge } from "../helpers/stripe-edge"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"

// Stripe is configured when the application loads; its HTTP is answered by StripeEdge
const stripe = StripeEdge.forThisTestFile()

jest.setTimeout(300_000)

const CARD = "pp_stripe_stripe"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      await stripe.start()
      store = await loadDemoStore(api, getContainer())
    })
    afterAll(() => stripe.stop())

    const centre = () => store.pizzeria("Amiens Centre")
    const mozzarella = () => ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), centre().id)
    /** A placed pickup order at Amiens Centre and its ticket. */
    async function placeOrder(lines: [string, number][], providerId = "pp_system_default", kind: "pickup" | "delivery" = "pickup") {
      const items = lines.map(([variant, quantity]) => ({ variant_id: store.variant(variant), quantity }))
      const cartId =
        kind === "pickup" ? await preparePickupCart(api, store, centre(), items, providerId) : await prepareDeliveryCart(api, store, centre(), items, undefined, providerId)
      if (providerId === CARD) {
        const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
        stripe.confirmInBrowser(stripe.intentOfSession(data.cart.payment_collection.payment_sessions[0].id).id, "authorized")
      }
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const orderId = data.order.id as string
      return { orderId, ticket: await ticketOf(getContainer(), orderId), total: Number(data.order.total) }
    }
    /** Lines as ["margherita/M", 2], or raw bodies to test validation. */
    const modify = (order: { orderId: string; ticket: { tracking_token: string } }, items: ([string, number] | Record<string, unknown>)[]) =>
      settle(
        api.post(
          `/store/orders/${order.orderId}/modify?token=${order.ticket.tracking_token}`,
          { items: items.map((line) => (Array.isArray(line) ? { variant_id: store.variant(line[0]), quantity: line[1] } : line)) },
          store.storeHeaders
        )
      )
    const orderView = async (orderId: string) => {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=total,items.quantity,items.variant_id,payment_collections.status,payment_collections.amount`,
        await store.adminHeaders()
      )
      return data.order
    }
    const transition = async (ticketId: string, to: string) => settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to }, await store.adminHeaders()))

    it("changes a pay-on-delivery order until the kitchen starts it: lines, reservations, total and payment follow", async () => {
      const before = await mozzarella()
      const order = await placeOrder([["margherita/M", 1]])
      const oneMargherita = (await mozzarella()).reserved - before.reserved

      const changed = await modify(order, [
        ["margherita/M", 2],
        ["reine/M", 1],
      ])
      expect(changed.status).toBe(200)
      expect(changed.data).toMatchObject({ changed: true, payment: { status: "authorized", provider_id: "pp_system_default" } })
      expect(changed.data.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ title: "Margherita", quantity: 2 }), expect.objectContaining({ title: "Reine", quantity: 1 })])
      )
      const view = await orderView(order.orderId)
      expect(Number(view.total)).toBeGreaterThan(order.total)
      expect(view.payment_collections.find((collection: { status: string }) => collection.status === "authorized").amount).toBe(Number(view.total))
      expect((await mozzarella()).reserved).toBeGreaterThan(before.reserved + 2 * oneMargherita - 1)

      // back to one Margherita: the reservations shrink to it again
      expect((await modify(order, [["margherita/M", 1]])).status).toBe(200)
      expect((await mozzarella()).reserved).toBe(before.reserved + oneMargherita)

      const { data: tracking } = await api.get(`/store/orders/${order.orderId}/tracking?token=${order.ticket.tracking_token}`, store.storeHeaders)
      expect(tracking.status).toBe("received")
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-modified" })
      expect(notifications.length).toBeGreaterThanOrEqual(2)

      // the kitchen makes what the order now says
      expect((await transition(order.ticket.id, "preparing")).status).toBe(200)
      const ready = await transition(order.ticket.id, "ready")
      expect(ready.data.ticket.items).toEqual([expect.objectContaining({ title: "Margherita", quantity: 1 })])
      expect((await modify(order, [["margherita/M", 3]])).data).toMatchObject({ code: "preparation_started", details: { status: "ready" } })
    })

    it("re-checks the whole new order's ingredients; a refused change leaves the order as it was", async () => {
      const order = await placeOrder([["margherita/M", 1]])
      const level = await mozzarella()
      // leave nothing but what this order holds
      await api.post(
        `/admin/stock-locations/${centre().id}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: level.reserved, note: "inventaire" },
        await store.adminHeaders()
      )
      const reserved = (await mozzarella()).reserved

      const more = await modify(order, [["margherita/M", 2]])
      expect(more.status).toBe(409)
      expect(more.data).toMatchObject({ code: "insufficient_stock", message: expect.stringMatching(/Mozzarella/i) })
      expect((await orderView(order.orderId)).items.map((item: { quantity: number }) => Number(item.quantity))).toEqual([1])
      expect((await mozzarella()).reserved).toBe(reserved)

      // a swap to a smaller size fits in what the order gives back: it goes through at once
      expect((await modify(order, [["margherita/S", 1]])).data).toMatchObject({ changed: true })
      expect((await mozzarella()).reserved).toBeLessThan(reserved)
      expect((await modify(order, [["margherita/S", 1]])).data).toMatchObject({ changed: false })
    })

    it("a swap at the last units is not refused when the whole new order fits; an addition that does not fit is, and changes nothing", async () => {
      // Margherita M and Pepperoni M each take 120 g of mozzarella
      const order = await placeOrder([["margherita/M", 2]])
      const level = await mozzarella()
      // one pizza's worth left beyond what this order holds
      await api.post(
        `/admin/stock-locations/${centre().id}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: level.reserved + 120, note: "inventaire" },
        await store.adminHeaders()
      )
      const reserved = (await mozzarella()).reserved

      const swap = await modify(order, [["pepperoni/M", 2]])
      expect(swap.status).toBe(200)
      expect(swap.data).toMatchObject({ changed: true })
      const lines = async () =>
        (await orderView(order.orderId)).items
          .filter((item: { quantity: number }) => Number(item.quantity) > 0)
          .map((item: { variant_id: string; quantity: number }) => [item.variant_id, Number(item.quantity)])
      expect(await lines()).toEqual([[store.variant("pepperoni/M"), 2]])
      const afterSwap = await mozzarella()
      expect(afterSwap.reserved).toBe(reserved)
      expect(afterSwap.reserved).toBeLessThanOrEqual(afterSwap.stocked)

      // two more pizzas need 240 g where 120 g are left: refused in words, nothing changed
      const more = await modify(order, [
        ["pepperoni/M", 2],
        ["margherita/M", 2],
      ])
      expect(more.status).toBe(409)
      expect(more.data).toMatchObject({ code: "insufficient_stock", message: expect.stringMatching(/Mozzarella/i) })
      expect(await lines()).toEqual([[store.variant("pepperoni/M"), 2]])
      expect((await mozzarella()).reserved).toBe(reserved)
      const orders = getContainer().resolve(Modules.ORDER)
      expect(await orders.listOrderChanges({ order_id: order.orderId, status: ["pending", "requested"] })).toEqual([])
    })

    it("a manager's swap at the last units is not refused when the whole new order fits", async () => {
      const order = await placeOrder([["margherita/M", 2]])
      const admin = await store.adminHeaders()
      const level = await mozzarella()
      await api.post(
        `/admin/stock-locations/${centre().id}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: level.reserved + 120, note: "inventaire" },
        admin
      )
      const reserved = (await mozzarella()).reserved
      const [placed] = await getContainer()
        .resolve(Modules.ORDER)
        .listOrders({ id: order.orderId }, { relations: ["items"] })
      const [line] = placed.items!

      // the admin's order-edit screens: the two Margherita out, two Pepperoni in, confirmed
      expect((await settle(api.post(`/admin/order-edits`, { order_id: order.orderId }, admin))).status).toBe(200)
      expect((await settle(api.post(`/admin/order-edits/${order.orderId}/items/item/${line.id}`, { quantity: 0 }, admin))).status).toBe(200)
      const added = await settle(api.post(`/admin/order-edits/${order.orderId}/items`, { items: [{ variant_id: store.variant("pepperoni/M"), quantity: 2 }] }, admin))
      expect(added.status).toBe(200)
      const confirmed = await settle(api.post(`/admin/order-edits/${order.orderId}/confirm`, {}, admin))
      expect(confirmed.status).toBe(200)
      const lines = (await orderView(order.orderId)).items.filter((item: { quantity: number }) => Number(item.quantity) > 0)
      expect(lines.map((item: { variant_id: string; quantity: number }) => [item.variant_id, Number(item.quantity)])).toEqual([[store.variant("pepperoni/M"), 2]])
      const after = await mozzarella()
      expect(after.reserved).toBe(reserved)
      expect(after.reserved).toBeLessThanOrEqual(after.stocked)
    })

    it("refuses a dish switched off tonight (checkout too), bad lines, and anyone without the order's token", async () => {
      const order = await placeOrder([["margherita/M", 1]])
      const { data: products } = await api.get(`/store/products?handle=reine&fields=id`, store.storeHeaders)
      const admin = await store.adminHeaders()
      await api.post(`/admin/stock-locations/${centre().id}/menu-pauses`, { product_id: products.products[0].id, reason: "plus de jambon ce soir" }, admin)
      try {
        const paused = await modify(order, [
          ["margherita/M", 1],
          ["reine/M", 1],
        ])
        expect(paused.status).toBe(409)
        expect(paused.data).toMatchObject({ code: "dish_unavailable", message: expect.stringContaining("plus de jambon ce soir") })
        // nor through a new checkout
        const cartId = await preparePickupCart(api, store, centre(), [{ variant_id: store.variant("reine/M"), quantity: 1 }])
        const checkout = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
        expect(checkout.status).toBe(409)
        expect(checkout.data.code).toBe("dish_unavailable")
      } finally {
        await api.delete(`/admin/stock-locations/${centre().id}/menu-pauses/${products.products[0].id}`, admin)
      }

      expect((await modify(order, [])).status).toBe(400)
      expect((await modify(order, [{ variant_id: store.variant("margherita/M"), quantity: 0 }])).status).toBe(400)
      const unknown = await modify(order, [{ variant_id: "variant_nope", quantity: 1 }])
      expect(unknown.status).toBe(400)
      expect(unknown.data).toMatchObject({ code: "unknown_variant" })

      const stranger = await settle(
        api.post(`/store/orders/${order.orderId}/modify?token=not-the-token`, { items: [{ variant_id: store.variant("margherita/M"), quantity: 2 }] }, store.storeHeaders)
      )
      expect(stranger.status).toBe(404)
      expect(JSON.stringify(stranger.data)).not.toContain("Margherita")
    })

    it("a registered customer follows and changes their order without a token; another customer gets 404", async () => {
      const register = async (email: string) => {
        const { data: auth } = await settle(api.post("/auth/customer/emailpass/register", { email, password: "pizza-secret-1" }))
        const headers = { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${auth.token}` } }
        const created = await settle(api.post("/store/customers", { email, first_name: "Camille", last_name: "Client", phone: "+33611223344" }, headers))
        expect(created.status).toBe(200)
        const { data: login } = await settle(api.post("/auth/customer/emailpass", { email, password: "pizza-secret-1" }))
        return { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${login.token}` } }
      }
      const camille = await register(`camille-${Date.now()}@example.test`)
      const dominique = await register(`dominique-${Date.now()}@example.test`)

      const cartId = await preparePickupCart(api, store, centre(), [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      const adopted = await settle(api.post(`/store/carts/${cartId}/customer`, {}, camille))
      expect(adopted.status).toBe(200)
      const { data } = await settle(api.post(`/store/carts/${cartId}/complete`, {}, camille))
      expect(data.type).toBe("order")
      const orderId = data.order.id as string
      await ticketOf(getContainer(), orderId)
      const { data: owner } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["customer.email"], filters: { id: orderId } })
      expect(owner[0].customer?.email).toMatch(/^camille-/)

      const { data: tracking } = await settle(api.get(`/store/orders/${orderId}/tracking`, camille))
      expect(tracking.status).toBe("received")
      const changed = await settle(api.post(`/store/orders/${orderId}/modify`, { items: [{ variant_id: store.variant("margherita/M"), quantity: 2 }] }, camille))
      expect(changed.data).toMatchObject({ changed: true })

      const attempts = [
        () => api.get(`/store/orders/${orderId}/tracking`, dominique),
        () => api.post(`/store/orders/${orderId}/modify`, { items: [{ variant_id: store.variant("margherita/M"), quantity: 5 }] }, dominique),
        () => api.post(`/store/orders/${orderId}/cancel`, {}, dominique),
        () => api.get(`/store/orders/${orderId}/tracking`, store.storeHeaders),
      ]
      for (const attempt of attempts) {
        const answer = await settle(attempt())
        expect(answer.status).toBe(404)
        expect(answer.data).toMatchObject({ code: "order_not_found" })
      }
      expect((await orderView(orderId)).items.map((item: { quantity: number }) => Number(item.quantity))).toEqual([2])
    })

    it("a delivery keeps its zone's rules: no change below the minimum or across the free-delivery threshold", async () => {
      // Centre-ville zone: 2 € fee, 15 € minimum, free from 35 €
      const order = await placeOrder([["margherita/M", 2]], "pp_system_default", "delivery")
      const tooSmall = await modify(order, [["margherita/S", 1]])
      expect(tooSmall.status).toBe(422)
      expect(tooSmall.data).toMatchObject({ code: "below_min_order", details: { min_order: 15 } })
      expect((await modify(order, [["reine/L", 2]])).data).toMatchObject({ changed: true })
      const free = await modify(order, [["reine/L", 3]])
      expect(free.status).toBe(409)
      expect(free.data.code).toBe("delivery_fee_changed")
      expect((await orderView(order.orderId)).items.filter((item: { quantity: number }) => Number(item.quantity) > 0)).toHaveLength(1)
    })

    it("a change made while the pizzeria is closed keeps its zone's minimum, refused with the checkout's code", async () => {
      // Centre-ville zone: 15 € minimum
      const order = await placeOrder([["margherita/M", 2]], "pp_system_default", "delivery")
      const zoning = getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
      const [service] = await zoning.listServiceLocations({ stock_location_id: centre().id })
      const [closure] = await zoning.createServiceClosures([
        { service_location_id: service.id, starts_at: new Date(Date.now() - 60_000), ends_at: new Date(Date.now() + 3_600_000), reason: "avant l'ouverture" },
      ])
      try {
        const tooSmall = await modify(order, [["margherita/S", 1]])
        expect(tooSmall.status).toBe(422)
        expect(tooSmall.data).toMatchObject({ code: "below_min_order", details: { min_order: 15 } })
        expect((await orderView(order.orderId)).items.map((item: { quantity: number }) => Number(item.quantity))).toEqual([2])
        // hours aside: a change that keeps the zone's rules is still taken before opening
        expect((await modify(order, [["margherita/M", 3]])).data).toMatchObject({ changed: true })
      } finally {
        await zoning.deleteServiceClosures(closure.id)
      }
    })

    it("a manager's confirmed edit reaches the kitchen board and the customer like a customer's change", async () => {
      const admin = await store.adminHeaders()
      const base = String(api.defaults.baseURL).replace(/\/$/, "")
      const board = await openEventStream(`${base}/admin/kitchen/stream?pizzeria_id=${centre().id}`, admin.headers)
      try {
        const order = await placeOrder([["margherita/M", 1]])
        const received = await board.next((event) => event.data.ticket_id === order.ticket.id, 3_000)
        const told = async () =>
          (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-modified" })).filter(
            (notification) => notification.resource_id === order.orderId
          ).length
        const toldBefore = await told()

        // the admin's order-edit screens: begin, add a line, confirm
        expect((await settle(api.post(`/admin/order-edits`, { order_id: order.orderId, description: "client au téléphone" }, admin))).status).toBe(200)
        const added = await settle(api.post(`/admin/order-edits/${order.orderId}/items`, { items: [{ variant_id: store.variant("reine/M"), quantity: 1 }] }, admin))
        expect(added.status).toBe(200)
        const confirmed = await settle(api.post(`/admin/order-edits/${order.orderId}/confirm`, {}, admin))
        expect(confirmed.status).toBe(200)

        const modified = await board.next((event) => event.data.ticket_id === order.ticket.id && event.id !== received.id, 3_000)
        expect(modified.data).toMatchObject({ order_id: order.orderId, status: "received" })
        const history = await kitchenOf(getContainer()).listKitchenTicketEvents({ ticket_id: order.ticket.id })
        expect(history.find((line) => line.id === modified.id)?.note).toMatch(/^changed by the pizzeria: .*Reine/)
        await until("the customer told of the change", async () => (await told()) > toldBefore, 5_000)
      } finally {
        await board.close()
      }
    })

    it("a card order changed waits for the new amount to be authorized before the kitchen may start it", async () => {
      const order = await placeOrder([["margherita/M", 1]], CARD)
      const firstIntent = [...stripe.intents.values()].at(-1)!

      const changed = await modify(order, [
        ["margherita/M", 1],
        ["reine/L", 1],
      ])
      expect(changed.status).toBe(200)
      expect(changed.data.payment).toMatchObject({ status: "awaiting_authorization", provider_id: CARD })
      // Medusa cancelled the first authorization when the change was confirmed
      expect(stripe.intents.get(firstIntent.id)!.status).toBe("canceled")

      const early = await transition(order.ticket.id, "preparing")
      expect(early.status).toBe(409)
      expect(early.data.code).toBe("payment_pending")

      // the customer confirms the new total with the Payment Element: the order's payment, so with the order's token
      const collection = `/store/payment-collections/${changed.data.payment.payment_collection_id}/payment-sessions`
      expect((await settle(api.post(collection, { provider_id: CARD }, store.storeHeaders))).status).toBe(404)
      const { data: opened } = await api.post(`${collection}?token=${order.ticket.tracking_token}`, { provider_id: CARD }, store.storeHeaders)
      const session = opened.payment_collection.payment_sessions[0]
      const secondIntent = stripe.intentOfSession(session.id)
      expect(secondIntent.amount).toBe(Math.round(changed.data.payment.amount * 100))
      const unconfirmed = await settle(api.post(`/store/orders/${order.orderId}/payment/authorize?token=${order.ticket.tracking_token}`, {}, store.storeHeaders))
      expect(unconfirmed.status).toBe(402)
      stripe.confirmInBrowser(secondIntent.id, "authorized")
      const authorized = await settle(api.post(`/store/orders/${order.orderId}/payment/authorize?token=${order.ticket.tracking_token}`, {}, store.storeHeaders))
      expect(authorized.data).toMatchObject({ payment_status: "authorized" })

      expect((await transition(order.ticket.id, "preparing")).status).toBe(200)
      expect(stripe.calls).toContain(`capture ${secondIntent.id}`)
    })
  },
})
