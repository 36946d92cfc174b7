import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { KITCHEN_MODULE } from "../../src/modules/kitchen"
import type KitchenModuleService from "../../src/modules/kitchen/service"
import { loadDemoStore, prepareDeliveryCart, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { renderEmail } from "../../src/mail/render-email"
import { ingredientLevel } from "../helpers/stock"
import { StripeEdge } from "../helpers/stripe-edge"

// Stripe is configured when the application loads (a late cancellation refunds a captured card); its HTTP is answered by StripeEdge
const stripe = StripeEdge.forThisTestFile()

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const kitchen = () => getContainer().resolve<KitchenModuleService>(KITCHEN_MODULE)

    beforeAll(async () => {
      await stripe.start()
      store = await loadDemoStore(api, getContainer())
    })
    afterAll(() => stripe.stop())

    /** An order at Amiens Centre (pickup unless said), and its ticket once the order.placed subscriber made it. */
    async function placeOrder(lines: [string, number][] = [["margherita/M", 1]], kind: "pickup" | "delivery" = "pickup") {
      const centre = store.pizzeria("Amiens Centre")
      const items = lines.map(([variant, quantity]) => ({ variant_id: store.variant(variant), quantity }))
      const cartId = kind === "pickup" ? await preparePickupCart(api, store, centre, items) : await prepareDeliveryCart(api, store, centre, items)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const orderId = data.order.id as string
      return { orderId, ticket: await ticketOf(getContainer(), orderId) }
    }
    const transition = async (ticketId: string, to: string, extra: Record<string, unknown> = {}) =>
      settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to, ...extra }, await store.adminHeaders()))
    /**
     * Waits until the order.placed subscriber has handled an event emitted after
     * everything before this call: an order completed by Medusa's own workflow
     * (no checkout route to open its ticket) gets its ticket from the subscriber.
     * A duplicate the subscriber handled wrongly before it would show by then.
     */
    async function subscriberCaughtUp(): Promise<void> {
      const marker = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [{ variant_id: store.variant("margherita/S"), quantity: 1 }])
      const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: marker } })
      await ticketOf(getContainer(), result.id)
    }
    const reservedMozzarella = () => ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), store.pizzeria("Amiens Centre").id)

    it("opens one ticket per placed order, with a tracking token, on the pizzeria's board", async () => {
      const { orderId, ticket } = await placeOrder([["margherita/M", 2]])
      expect(ticket).toMatchObject({ status: "received", kind: "pickup", stock_location_id: store.pizzeria("Amiens Centre").id })
      expect(ticket.tracking_token.length).toBeGreaterThanOrEqual(32)

      // the event arriving again changes nothing
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.placed", data: { id: orderId } })
      await subscriberCaughtUp()
      expect(await kitchen().listKitchenTickets({ order_id: orderId })).toHaveLength(1)

      const { data } = await api.get(`/admin/kitchen/tickets?pizzeria_id=${store.pizzeria("Amiens Centre").id}&status=received`, await store.adminHeaders())
      const board = data.tickets.find((candidate: { id: string }) => candidate.id === ticket.id)
      expect(board).toMatchObject({ status: "received", items: [{ title: "Margherita", quantity: 2 }], history: [{ status: "received" }] })
    })

    it("names the customer on a pickup ticket, and nobody on a delivery ticket (the drivers' board has the address)", async () => {
      const pickup = await placeOrder([["margherita/M", 1]], "pickup")
      // two pizzas: a delivery has a minimum order
      const delivery = await placeOrder([["margherita/M", 2]], "delivery")
      const { data } = await api.get(`/admin/kitchen/tickets?pizzeria_id=${store.pizzeria("Amiens Centre").id}`, await store.adminHeaders())
      const board = (ticketId: string) => data.tickets.find((candidate: { id: string }) => candidate.id === ticketId)
      expect(board(pickup.ticket.id)).toMatchObject({ kind: "pickup", customer_name: "Test Client" })
      expect(board(delivery.ticket.id)).toMatchObject({ kind: "delivery", customer_name: null })
      // the promised time the board colours late tickets against
      expect(Date.parse(board(pickup.ticket.id).estimated_ready_at)).toBeGreaterThan(Date.parse(board(pickup.ticket.id).placed_at))
      // the name only: no phone or e-mail reaches the kitchen
      expect(JSON.stringify(board(pickup.ticket.id))).not.toMatch(/\+33600000000|client@example\.test/)
    })

    it("marks several orders of one pizzeria ready at the same moment, beside checkouts, without a database deadlock", async () => {
      // each ready takes the ingredients out of the stock: Medusa's inventory adjustments for orders sharing
      // ingredients once deadlocked in PostgreSQL when they ran side by side (a 500 on the kitchen's button)
      const orders = []
      for (let i = 0; i < 4; i++)
        orders.push(
          await placeOrder([
            ["margherita/M", 1],
            ["reine/M", 1],
          ])
        )
      for (const { ticket } of orders) expect((await transition(ticket.id, "preparing")).status).toBe(200)
      const centre = store.pizzeria("Amiens Centre")
      const carts = await Promise.all([0, 1].map(() => preparePickupCart(api, store, centre, [{ variant_id: store.variant("reine/M"), quantity: 1 }])))

      const answers = await Promise.all([
        ...orders.map(({ ticket }) => transition(ticket.id, "ready")),
        ...carts.map((cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))),
      ])
      expect(answers.map((answer) => [answer.status, answer.data?.code ?? null])).toEqual(answers.map(() => [200, null]))
      for (const { ticket } of orders) expect((await kitchen().retrieveKitchenTicket(ticket.id)).status).toBe("ready")
    })

    it("walks a pickup order through the lifecycle, doing Medusa's part at each step", async () => {
      const before = await reservedMozzarella()
      const { orderId, ticket } = await placeOrder()
      const reserved = await reservedMozzarella()
      expect(reserved.reserved).toBeGreaterThan(before.reserved)

      const skipped = await transition(ticket.id, "ready")
      expect(skipped.status).toBe(409)
      expect(skipped.data).toMatchObject({ code: "invalid_transition", details: { status: "received" } })

      expect((await transition(ticket.id, "preparing")).data.ticket.status).toBe("preparing")
      const ready = await transition(ticket.id, "ready")
      expect(ready.status).toBe(200)
      // the fulfillment takes the ingredients out of the stock and the reservation
      const after = await reservedMozzarella()
      expect(after.reserved).toBe(before.reserved)
      expect(after.stocked).toBe(before.stocked - (reserved.reserved - before.reserved))

      expect((await transition(ticket.id, "out_for_delivery")).data.code).toBe("invalid_transition")
      const unpaid = await transition(ticket.id, "collected")
      expect(unpaid.status).toBe(409)
      expect(unpaid.data.code).toBe("payment_not_recorded")
      const collected = await transition(ticket.id, "collected", { paid_with: "card_terminal" })
      expect(collected.data.ticket.history.map((entry: { status: string }) => entry.status)).toEqual(["received", "preparing", "ready", "collected"])
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=fulfillment_status,payment_status`, await store.adminHeaders())
      expect(order.order).toMatchObject({ fulfillment_status: "delivered", payment_status: "captured" })
      expect((await kitchen().listKitchenTickets({ id: ticket.id }))[0].paid_with).toBe("card_terminal")
    })

    it("walks a delivery order out with a driver and to the door", async () => {
      const { orderId, ticket } = await placeOrder([["reine/L", 2]], "delivery")
      expect(ticket.kind).toBe("delivery")
      for (const to of ["preparing", "ready", "out_for_delivery"]) expect((await transition(ticket.id, to)).status).toBe(200)
      expect((await transition(ticket.id, "collected")).data.code).toBe("invalid_transition")
      const { data: shipped } = await api.get(`/admin/orders/${orderId}?fields=fulfillment_status`, await store.adminHeaders())
      expect(shipped.order.fulfillment_status).toBe("shipped")
      expect((await transition(ticket.id, "delivered", { paid_with: "cash" })).data.ticket.status).toBe("delivered")
      const { data: delivered } = await api.get(`/admin/orders/${orderId}?fields=fulfillment_status`, await store.adminHeaders())
      expect(delivered.order.fulfillment_status).toBe("delivered")
    })

    it("a failed delivery brings the order back to the pizzeria, recorded, and it can leave again", async () => {
      const { orderId, ticket } = await placeOrder([["reine/L", 1]], "delivery")
      for (const to of ["preparing", "ready", "out_for_delivery"]) expect((await transition(ticket.id, to)).status).toBe(200)
      const noReason = await transition(ticket.id, "delivery_failed")
      expect(noReason.status).toBe(409)
      expect(noReason.data.message).toMatch(/needs a reason/)
      const failed = await transition(ticket.id, "delivery_failed", { note: "personne à l'interphone" })
      expect(failed.data.ticket.status).toBe("delivery_failed")
      const { data: back } = await api.get(`/admin/orders/${orderId}?fields=fulfillment_status,payment_status`, await store.adminHeaders())
      // nothing collected from the customer; the pizzas were made and left the stock at "ready"
      expect(back.order).toMatchObject({ fulfillment_status: "shipped", payment_status: "authorized" })
      const mails = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-delivery_failed" })
      expect(mails.some((mail) => mail.resource_id === orderId)).toBe(true)

      // second attempt on the same shipment, paid at the door
      expect((await transition(ticket.id, "out_for_delivery")).status).toBe(200)
      expect((await transition(ticket.id, "delivered", { paid_with: "cash" })).status).toBe(200)
      const { data: done } = await api.get(`/admin/orders/${orderId}?fields=fulfillment_status,payment_status,fulfillments.id`, await store.adminHeaders())
      expect(done.order).toMatchObject({ fulfillment_status: "delivered", payment_status: "captured" })
      expect(done.order.fulfillments).toHaveLength(1)
      const { data: tracking } = await api.get(`/store/orders/${orderId}/tracking?token=${ticket.tracking_token}`, store.storeHeaders)
      expect(tracking.history.map((entry: { status: string }) => entry.status)).toEqual([
        "received",
        "preparing",
        "ready",
        "out_for_delivery",
        "delivery_failed",
        "out_for_delivery",
        "delivered",
      ])
    })

    it("two screens pressing 'ready' at once move the ticket once", async () => {
      const { orderId, ticket } = await placeOrder()
      await transition(ticket.id, "preparing")
      const answers = await Promise.all([transition(ticket.id, "ready"), transition(ticket.id, "ready")])
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
      const { data } = await api.get(`/admin/orders/${orderId}?fields=fulfillments.id`, await store.adminHeaders())
      expect(data.order.fulfillments).toHaveLength(1)
    })

    it("cancelling a received order releases its ingredients", async () => {
      const before = await reservedMozzarella()
      const { orderId, ticket } = await placeOrder()
      expect((await reservedMozzarella()).reserved).toBeGreaterThan(before.reserved)
      expect((await transition(ticket.id, "cancelled")).status).toBe(200)
      expect(await reservedMozzarella()).toEqual(before)
      const { data } = await api.get(`/admin/orders/${orderId}?fields=status`, await store.adminHeaders())
      expect(data.order.status).toBe("canceled")
      expect((await transition(ticket.id, "preparing")).data).toMatchObject({ code: "invalid_transition", details: { status: "cancelled" } })
    })

    it("a manager cancels a started order with a reason: the used ingredients are recorded as waste", async () => {
      const before = await reservedMozzarella()
      const started = await placeOrder()
      const used = (await reservedMozzarella()).reserved - before.reserved
      await transition(started.ticket.id, "preparing")
      const noReason = await transition(started.ticket.id, "cancelled")
      expect(noReason.status).toBe(409)
      expect(noReason.data.message).toMatch(/needs a reason/)
      expect((await transition(started.ticket.id, "cancelled", { note: "four en panne" })).status).toBe(200)
      expect(await reservedMozzarella()).toEqual({ reserved: before.reserved, stocked: before.stocked - used })

      // once ready, the fulfillment is cancelled first; the stock ends the same: the pizza was made
      const ready = await placeOrder()
      await transition(ready.ticket.id, "preparing")
      await transition(ready.ticket.id, "ready")
      expect((await transition(ready.ticket.id, "cancelled", { note: "client injoignable" })).status).toBe(200)
      expect(await reservedMozzarella()).toEqual({ reserved: before.reserved, stocked: before.stocked - 2 * used })
      const { data: order } = await api.get(`/admin/orders/${ready.orderId}?fields=status,fulfillments.canceled_at`, await store.adminHeaders())
      expect(order.order.status).toBe("canceled")
      expect(order.order.fulfillments[0].canceled_at).toBeTruthy()

      const { data: ledger } = await api.get(
        `/admin/stock-locations/${store.pizzeria("Amiens Centre").id}/stock-movements?inventory_item_id=${store.inventoryItem("ING-MOZZARELLA")}&limit=5`,
        await store.adminHeaders()
      )
      // the fulfillment's sale and cancel are recorded by the stock plugin's subscribers, the waste by the cancellation
      const recent = ledger.stock_movements
        .slice(0, 3)
        .map((movement: { type: string; quantity: number; note: string | null }) => [movement.type, movement.quantity, movement.note])
      expect(recent).toEqual(
        expect.arrayContaining([
          ["waste", -used, "order cancelled after preparation started: client injoignable"],
          ["cancel", used, null],
          ["sale", -used, null],
        ])
      )
    })

    it("a late cancel whose waste cannot be recorded refunds nothing and leaves the order whole", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const admin = await store.adminHeaders()
      const before = await reservedMozzarella()
      const cartId = await preparePickupCart(api, store, centre, [{ variant_id: store.variant("margherita/M"), quantity: 1 }], "pp_stripe_stripe")
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
      const intent = stripe.intentOfSession(cart.cart.payment_collection.payment_sessions[0].id)
      stripe.confirmInBrowser(intent.id, "authorized")
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const orderId = placed.order.id as string
      const ticket = await ticketOf(getContainer(), orderId)
      expect((await transition(ticket.id, "preparing")).status).toBe(200)
      expect(stripe.intents.get(intent.id)!.status).toBe("succeeded")
      const held = await reservedMozzarella()
      const used = held.reserved - before.reserved

      // the recipe gained mozzarella since the order, and the manager's count left nothing beyond what orders hold:
      // the waste of this pizza, read from tonight's recipe, is more than the shelf can give
      const { data: variants } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["product_id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
          filters: { id: store.variant("margherita/M") },
        })
      const kit = `/admin/products/${variants[0].product_id}/variants/${store.variant("margherita/M")}/inventory-items/${store.inventoryItem("ING-MOZZARELLA")}`
      const recipe = Number(variants[0].inventory_items!.find((part) => part!.inventory_item_id === store.inventoryItem("ING-MOZZARELLA"))!.required_quantity)
      const count = (quantity: number) =>
        api.post(`/admin/stock-locations/${centre.id}/stock-movements`, { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity }, admin)
      await api.post(kit, { required_quantity: recipe * 2 }, admin)
      await count(held.reserved)
      try {
        const refused = await transition(ticket.id, "cancelled", { note: "four en panne" })
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("invalid_movement")
        expect(stripe.calls.filter((call) => call.startsWith(`refund ${intent.id}`))).toEqual([])
        const { data } = await api.get(`/admin/orders/${orderId}?fields=status,payment_collections.payments.captured_at,payment_collections.payments.refunds.id`, admin)
        expect(data.order.status).not.toBe("canceled")
        expect(data.order.payment_collections[0].payments[0]).toMatchObject({ captured_at: expect.anything(), refunds: [] })
        expect(await reservedMozzarella()).toEqual({ reserved: held.reserved, stocked: held.reserved })
        expect((await kitchen().listKitchenTickets({ id: ticket.id }))[0].status).toBe("preparing")
      } finally {
        await api.post(kit, { required_quantity: recipe }, admin)
      }

      // with the waste recordable, the same cancel refunds the capture once
      expect((await transition(ticket.id, "cancelled", { note: "four en panne" })).status).toBe(200)
      expect(stripe.calls.filter((call) => call.startsWith(`refund ${intent.id}`))).toEqual([`refund ${intent.id} ${intent.amount}`])
      expect(await reservedMozzarella()).toEqual({ reserved: before.reserved, stocked: held.reserved - used })
      // the shelf as it was, for the tests that follow
      await count(held.stocked - used)
    })

    it("a late cancel whose refund the card provider refuses is not left silent: the ticket is flagged for the manager", async () => {
      const cartId = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [{ variant_id: store.variant("reine/M"), quantity: 1 }], "pp_stripe_stripe")
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
      const intent = stripe.intentOfSession(cart.cart.payment_collection.payment_sessions[0].id)
      stripe.confirmInBrowser(intent.id, "authorized")
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const ticket = await ticketOf(getContainer(), placed.order.id)
      expect((await transition(ticket.id, "preparing")).status).toBe(200)
      // Stripe no longer knows the charge (answers 404 to the refund)
      stripe.intents.delete(intent.id)

      const cancelled = await transition(ticket.id, "cancelled", { note: "client parti" })
      expect(cancelled.status).toBe(200)
      expect(cancelled.data.ticket).toMatchObject({ status: "cancelled", payment_failed: { reason: expect.stringMatching(/refund was refused/) } })
    })

    it("tracking answers the token's holder, and 404 to anyone else", async () => {
      const { orderId, ticket } = await placeOrder()
      await transition(ticket.id, "preparing")
      const { data } = await api.get(`/store/orders/${orderId}/tracking?token=${ticket.tracking_token}`, store.storeHeaders)
      expect(data).toMatchObject({ status: "preparing", kind: "pickup", history: [{ status: "received" }, { status: "preparing" }] })
      expect(new Date(data.eta).getTime()).toBeGreaterThan(Date.now())
      for (const path of [`/store/orders/${orderId}/tracking?token=wrong`, `/store/orders/${orderId}/tracking`, "/store/orders/order_nope/tracking?token=x"]) {
        const refused = await settle(api.get(path, store.storeHeaders))
        expect(refused.status).toBe(404)
        expect(refused.data.code).toBe("order_not_found")
      }
    })

    it("the checkout answer gives a guest the tracking token, and tracking shows what was ordered", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const items = [
        { variant_id: store.variant("margherita/M"), quantity: 2 },
        { variant_id: store.variant("reine/L"), quantity: 1 },
      ]
      const cartId = await prepareDeliveryCart(api, store, centre, items)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const [ticket] = await kitchen().listKitchenTickets({ order_id: data.order.id })
      // opened before the answer, not when the "placed" event gets round to it
      expect(data.tracking).toEqual({ token: ticket.tracking_token })

      const { data: tracked } = await api.get(`/store/orders/${data.order.id}/tracking?token=${data.tracking.token}`, store.storeHeaders)
      expect(tracked.kind).toBe("delivery")
      expect(tracked.order).toMatchObject({
        display_id: data.order.display_id,
        total: Number(data.order.total),
        shipping_address: { address_1: "12 rue Delambre", city: "Amiens" },
        pizzeria: { id: centre.id, name: "OC Pizza Amiens Centre" },
      })
      expect(tracked.order.items.map((item: { variant_id: string; quantity: number }) => [item.variant_id, item.quantity]).sort()).toEqual(
        items.map((item) => [item.variant_id, item.quantity]).sort()
      )
      expect(tracked.order.shipping_total).toBeGreaterThanOrEqual(0)
      expect(tracked.order.item_total + tracked.order.shipping_total).toBeCloseTo(tracked.order.total)
      expect(tracked.order.item_total).toBeCloseTo(tracked.order.items.reduce((sum: number, item: { total: number }) => sum + item.total, 0))

      // the subscriber, arriving after, finds the ticket: still one per order
      await subscriberCaughtUp()
      expect(await kitchen().listKitchenTickets({ order_id: data.order.id })).toHaveLength(1)
    })

    it("the customer cancels with their token until the kitchen starts, then gets 409 preparation_started", async () => {
      const first = await placeOrder()
      const cancel = (orderId: string, token: string) => settle(api.post(`/store/orders/${orderId}/cancel?token=${token}`, {}, store.storeHeaders))
      expect((await cancel(first.orderId, "wrong")).status).toBe(404)
      const cancelled = await cancel(first.orderId, first.ticket.tracking_token)
      expect(cancelled.data).toEqual({ id: first.orderId, status: "cancelled" })
      const { data: tracked } = await api.get(`/store/orders/${first.orderId}/tracking?token=${first.ticket.tracking_token}`, store.storeHeaders)
      expect(tracked.status).toBe("cancelled")

      const second = await placeOrder()
      await transition(second.ticket.id, "preparing")
      const late = await cancel(second.orderId, second.ticket.tracking_token)
      expect(late.status).toBe(409)
      expect(late.data).toMatchObject({ code: "preparation_started", details: { status: "preparing" } })
    })

    it("e-mails the customer at each step, in French, once per step", async () => {
      const { orderId, ticket } = await placeOrder()
      await transition(ticket.id, "preparing")
      await transition(ticket.id, "ready")
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let sent: { template: string; data: Record<string, unknown> | null }[] = []
      for (let waited = 0; waited < 10_000 && sent.length < 3; waited += 200) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        sent = (await notifications.listNotifications({ to: "client@example.test" }, { take: null })).filter((n) => n.resource_id === orderId)
      }
      expect(sent.map((n) => n.template).sort()).toEqual(["order-preparing", "order-ready", "order-received"])
      const ready = sent.find((n) => n.template === "order-ready")!
      expect(ready.data).toMatchObject({ locale: "fr", order: { id: orderId, kind: "pickup" } })
      expect((await renderEmail(ready.template, ready.data!)).subject).toMatch(/^Commande #\d+ prête$/)
      // a guest follows the order from the e-mail: the link carries the tracking token
      const link = new URL(String(sent[0].data?.tracking_url))
      expect(`${link.pathname}${link.search}`).toBe(`/orders/${orderId}?token=${ticket.tracking_token}`)
      expect((await api.get(`/store/orders/${orderId}/tracking${link.search}`, store.storeHeaders)).data.status).toBe("ready")
    })

    it("refuses unknown tickets and statuses with clear 4xx", async () => {
      expect((await transition("ktk_nope", "preparing")).data).toMatchObject({ code: "ticket_not_found" })
      const bad = await transition("ktk_nope", "baked")
      expect(bad.status).toBe(400)
      const noPizzeria = await settle(api.get("/admin/kitchen/tickets", await store.adminHeaders()))
      expect(noPizzeria.status).toBe(400)
      const noStreamPizzeria = await settle(api.get("/admin/kitchen/stream", await store.adminHeaders()))
      expect(noStreamPizzeria.status).toBe(400)
    })
  },
})
