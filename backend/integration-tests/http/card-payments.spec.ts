import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { KITCHEN_MODULE } from "../../src/modules/kitchen"
import type KitchenModuleService from "../../src/modules/kitchen/service"
import { changeCardOrderToHigherTotal, loadDemoStore, prepareDeliveryCart, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { ticketOf as ticketOfOrder } from "../helpers/kitchen"
import { ingredientLevel } from "../helpers/stock"
import { StripeEdge } from "../helpers/stripe-edge"
import { until } from "../helpers/wait"

/** The id of a Stripe event as the stand-in delivers it. */
const idOf = (event: { body: string }) => (JSON.parse(event.body) as { id: string }).id

/** The Stripe event a payment.webhook_received event carries, by its id (Medusa passes the parsed body and the raw one). */
function stripeEventId(payload: { data?: unknown; rawData?: unknown } | undefined): string | undefined {
  const body = payload?.data
  if (body && typeof body === "object" && "id" in body) return String((body as { id: unknown }).id)
  const raw = payload?.rawData
  if (raw === undefined || raw === null) return undefined
  return (JSON.parse(Buffer.isBuffer(raw) ? raw.toString("utf8") : String(raw)) as { id?: string }).id
}

// Stripe is configured when the application loads; its HTTP is answered by StripeEdge
const stripe = StripeEdge.forThisTestFile()

jest.setTimeout(300_000)

const CARD = "pp_stripe_stripe"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const kitchen = () => getContainer().resolve<KitchenModuleService>(KITCHEN_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /**
     * How many times Medusa has started processing each Stripe event, by the
     * event's id: it does so 5 s after a webhook arrives. Counted by id, so that
     * a test waits for its own deliveries, not for an earlier test's still in flight.
     */
    const processing = new Map<string, number>()
    beforeAll(async () => {
      await stripe.start()
      store = await loadDemoStore(api, getContainer())
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("payment.webhook_received", async (event) => {
          const id = stripeEventId((event.data as { payload?: { data?: unknown; rawData?: unknown } }).payload)
          if (id) processing.set(id, (processing.get(id) ?? 0) + 1)
        })
    })
    /** Waits until Medusa has started processing each of these deliveries (the same event delivered twice counts twice). */
    const processed = async (events: { body: string }[]) => {
      const expected = new Map<string, number>()
      for (const event of events) expected.set(idOf(event), (expected.get(idOf(event)) ?? 0) + 1)
      const before = new Map([...expected.keys()].map((id) => [id, processing.get(id) ?? 0]))
      return () => [...expected].every(([id, count]) => (processing.get(id) ?? 0) >= before.get(id)! + count)
    }
    /** Delivers events, then waits until Medusa has processed them (what they changed is what a test checks). */
    const deliverAndProcess = async (...events: { body: string; headers: Record<string, string> }[]) => {
      const done = await processed(events)
      for (const event of events) expect((await deliverWebhook(event)).status).toBe(200)
      await until("the webhooks to be processed", async () => done(), 20_000)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
    }
    afterAll(() => stripe.stop())

    const centre = () => store.pizzeria("Amiens Centre")
    const reservedMozzarella = async () => (await ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), centre().id)).reserved

    /** A pickup cart paid by card: Medusa has created the PaymentIntent the Payment Element will confirm. */
    async function cardCart(lines: [string, number][] = [["margherita/M", 1]]) {
      const cartId = await preparePickupCart(
        api,
        store,
        centre(),
        lines.map(([variant, quantity]) => ({ variant_id: store.variant(variant), quantity })),
        CARD
      )
      const { data } = await api.get(`/store/carts/${cartId}?fields=total,payment_collection.payment_sessions.*`, store.storeHeaders)
      const session = data.cart.payment_collection.payment_sessions[0]
      return { cartId, session, total: Number(data.cart.total), intent: stripe.intentOfSession(session.id) }
    }
    const ticketOf = (orderId: string) => ticketOfOrder(getContainer(), orderId, 15_000)
    const orderOfCart = async (cartId: string) => {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link) => link.order_id as string)
    }
    const payments = async (orderId: string) => {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=payment_status,payment_collections.payments.provider_id,payment_collections.payments.captured_at,payment_collections.payments.canceled_at,payment_collections.payments.refunds.amount`,
        await store.adminHeaders()
      )
      return data.order
    }
    const transition = async (ticketId: string, to: string, extra: Record<string, unknown> = {}) =>
      settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to, ...extra }, await store.adminHeaders()))
    const deliverWebhook = (event: { body: string; headers: Record<string, string> }) =>
      settle(api.post("/hooks/payment/stripe_stripe", event.body, { headers: event.headers, transformRequest: [(body: string) => body] }))

    it("offers card payment beside pay on delivery once Stripe is configured", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${store.regionId}`, store.storeHeaders)
      expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toEqual(["pp_system_default", CARD])
    })

    it("authorizes the card at checkout and captures it when a pizzaiolo starts the order", async () => {
      const before = await reservedMozzarella()
      const { cartId, intent, total } = await cardCart()
      // in cents, to be captured later: authorized only
      expect(intent).toMatchObject({ capture_method: "manual", currency: "eur", amount: Math.round(total * 100) })
      stripe.confirmInBrowser(intent.id, "authorized")

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(data.type).toBe("order")
      const orderId = data.order.id as string
      expect(await reservedMozzarella()).toBeGreaterThan(before)
      expect((await payments(orderId)).payment_status).toBe("authorized")
      expect(stripe.calls).not.toContain(`capture ${intent.id}`)

      const ticket = await ticketOf(orderId)
      expect((await transition(ticket.id, "preparing")).status).toBe(200)
      expect(stripe.calls).toContain(`capture ${intent.id}`)
      expect((await payments(orderId)).payment_status).toBe("captured")

      // paid already: handed over without recording a payment
      expect((await transition(ticket.id, "ready")).status).toBe(200)
      expect((await transition(ticket.id, "collected")).status).toBe(200)
    })

    it("a card delivery goes to the door without a payment to record", async () => {
      const items = [{ variant_id: store.variant("reine/L"), quantity: 2 }]
      const cartId = await prepareDeliveryCart(api, store, centre(), items, undefined, CARD)
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
      stripe.confirmInBrowser(stripe.intentOfSession(cart.cart.payment_collection.payment_sessions[0].id).id, "authorized")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const ticket = await ticketOf(data.order.id)
      for (const to of ["preparing", "ready", "out_for_delivery", "delivered"]) expect((await transition(ticket.id, to)).status).toBe(200)
      const order = await payments(data.order.id)
      expect(order.payment_status).toBe("captured")
    })

    it("a declined card places no order and reserves nothing", async () => {
      const before = await reservedMozzarella()
      const { cartId, intent } = await cardCart()
      stripe.confirmInBrowser(intent.id, "declined")
      const { status, data } = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(status).toBe(402)
      expect(data).toMatchObject({ code: "payment_declined", message: expect.stringMatching(/refusée \(Your card has insufficient funds.\).*payez à la livraison/) })
      expect(await orderOfCart(cartId)).toEqual([])
      expect(await reservedMozzarella()).toBe(before)

      // the cart was left open: the storefront opens a new payment session for another card
      const { data: open } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, store.storeHeaders)
      const { data: renewed } = await api.post(`/store/payment-collections/${open.cart.payment_collection.id}/payment-sessions`, { provider_id: CARD }, store.storeHeaders)
      const session = renewed.payment_collection.payment_sessions.find((candidate: { status: string }) => candidate.status === "pending")
      stripe.confirmInBrowser(stripe.intentOfSession(session.id).id, "authorized")
      const { data: retried } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(retried.type).toBe("order")
    })

    /** Leaves Amiens Centre nothing but the mozzarella its orders hold (a rush, a spoiled delivery); `restore` puts the shelf back. */
    async function runOutOfMozzarella(): Promise<{ restore: () => Promise<void> }> {
      const level = await ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), centre().id)
      const count = async (quantity: number) =>
        api.post(
          `/admin/stock-locations/${centre().id}/stock-movements`,
          { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity, note: "test" },
          await store.adminHeaders()
        )
      await count(level.reserved)
      return { restore: async () => void (await count(level.stocked)) }
    }
    const sessionsOfCart = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id,payment_collection.payment_sessions.*`, store.storeHeaders)
      return { collectionId: data.cart.payment_collection.id as string, sessions: data.cart.payment_collection.payment_sessions as { id: string; status: string }[] }
    }

    /**
     * Stripe answers an error to this call about the intent (its "retrieve", as Medusa authorizes, or its
     * "cancel") until `recover`: Stripe unreachable or failing for a moment. The stand-in answers an intent
     * it does not know with Stripe's 404, so the intent is hidden from that one call.
     */
    function stripeFails(intentId: string, call: "retrieve" | "cancel"): { recover: () => void } {
      const get = stripe.intents.get.bind(stripe.intents)
      const failing = jest.spyOn(stripe.intents, "get").mockImplementation((id) => (id === intentId && stripe.calls.at(-1) === `${call} ${id}` ? undefined : get(id)))
      return { recover: () => failing.mockRestore() }
    }

    it("a paid cart refused at completion holds no authorization on the customer's card", async () => {
      const { cartId, intent } = await cardCart()
      stripe.confirmInBrowser(intent.id, "authorized")
      const shelf = await runOutOfMozzarella()
      try {
        const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
        expect(refused.status).toBe(409)
        expect(refused.data).toMatchObject({ code: "insufficient_stock", message: expect.stringMatching(/Rien n'a été débité/), details: { card_hold_released: true } })
        expect(await orderOfCart(cartId)).toEqual([])
        // Stripe releases the amount held on the card; the dead session is gone from the cart
        expect(stripe.calls).toContain(`cancel ${intent.id}`)
        expect(stripe.intents.get(intent.id)!.status).toBe("canceled")
        expect((await sessionsOfCart(cartId)).sessions).toEqual([])
      } finally {
        await shelf.restore()
      }
      // the cart is open for another try: the shop opens a fresh payment
      const { collectionId } = await sessionsOfCart(cartId)
      const { data: renewed } = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: CARD }, store.storeHeaders)
      stripe.confirmInBrowser(stripe.intentOfSession(renewed.payment_collection.payment_sessions[0].id).id, "authorized")
      const { data: retried } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(retried.type).toBe("order")
      expect((await payments(retried.order.id)).payment_status).toBe("authorized")
    })

    it("a refused paid cart whose hold cannot be released is answered its refusal, without promising nothing was charged", async () => {
      const { cartId, intent } = await cardCart()
      stripe.confirmInBrowser(intent.id, "authorized")
      const shelf = await runOutOfMozzarella()
      const outage = stripeFails(intent.id, "cancel")
      try {
        const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("insufficient_stock")
        expect(refused.data.message).not.toMatch(/Rien n'a été débité|Nothing was charged/)
        expect(refused.data.details?.card_hold_released).toBeUndefined()
      } finally {
        outage.recover()
        await shelf.restore()
      }
    })

    it("a card that was still processing at a first press and has settled since is released when the cart is then refused", async () => {
      const { cartId, intent } = await cardCart()
      Object.assign(stripe.intents.get(intent.id)!, { status: "processing", payment_method: `pm_3Q${"2".repeat(20)}` })
      expect((await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))).data.code).toBe("payment_pending")
      stripe.confirmInBrowser(intent.id, "authorized")
      const shelf = await runOutOfMozzarella()
      try {
        const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
        expect(refused.data.code).toBe("insufficient_stock")
        expect(stripe.intents.get(intent.id)!.status).toBe("canceled")
        expect(refused.data.details).toMatchObject({ card_hold_released: true })
      } finally {
        await shelf.restore()
      }
    })

    it("a card payment can only be one that authorizes while the customer waits: the PaymentIntent names cards, whatever the client asks", async () => {
      const { cartId, intent } = await cardCart()
      // cards, and the wallets that pay with one; no method that stays "processing" for days
      expect(intent).toMatchObject({ payment_method_types: ["card"], automatic_payment_methods: null, capture_method: "manual" })
      const { collectionId } = await sessionsOfCart(cartId)
      const asked = { payment_method_types: ["sepa_debit", "klarna"], automatic_payment_methods: { enabled: true }, capture_method: "automatic" }
      const { data } = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: CARD, data: asked }, store.storeHeaders)
      const widened = stripe.intentOfSession(data.payment_collection.payment_sessions[0].id)
      expect(widened).toMatchObject({ payment_method_types: ["card"], automatic_payment_methods: null, capture_method: "manual" })
    })

    it("a card the bank is still settling at checkout is neither refused nor released: payment_pending, and the same payment completes the order", async () => {
      const { cartId, intent } = await cardCart()
      Object.assign(stripe.intents.get(intent.id)!, { status: "processing", payment_method: `pm_3Q${"1".repeat(20)}` })
      const pending = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(pending.status).toBe(409)
      expect(pending.data).toMatchObject({ code: "payment_pending" })
      expect(stripe.calls).not.toContain(`cancel ${intent.id}`)
      expect((await sessionsOfCart(cartId)).sessions).toHaveLength(1)

      stripe.confirmInBrowser(intent.id, "authorized")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(data.type).toBe("order")
    })

    it("a changed card order whose new payment is still processing is not reported as authorized", async () => {
      const { cartId, intent } = await cardCart()
      stripe.confirmInBrowser(intent.id, "authorized")
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const ticket = await ticketOf(placed.order.id)
      const token = `token=${ticket.tracking_token}`
      const sessionId = await changeCardOrderToHigherTotal(api, store, placed.order.id, token)
      const second = stripe.intentOfSession(sessionId)
      // the bank has the payment but has not settled it yet (Stripe's "processing")
      Object.assign(second, { status: "processing", payment_method: `pm_3Q${"0".repeat(20)}` })

      const pending = await settle(api.post(`/store/orders/${placed.order.id}/payment/authorize?${token}`, {}, store.storeHeaders))
      expect(pending.status).toBe(409)
      expect(pending.data).toMatchObject({ code: "payment_pending", message: expect.stringMatching(/pas encore autorisé/) })
      expect((await payments(placed.order.id)).payment_status).not.toBe("authorized")
      expect((await transition(ticket.id, "preparing")).data.code).toBe("payment_pending")

      // settled: authorized, and the kitchen may start
      stripe.confirmInBrowser(second.id, "authorized")
      const authorized = await settle(api.post(`/store/orders/${placed.order.id}/payment/authorize?${token}`, {}, store.storeHeaders))
      expect(authorized.data).toMatchObject({ payment_status: "authorized" })
      expect((await transition(ticket.id, "preparing")).status).toBe(200)
    })

    it("a customer's cancel voids the authorization; a manager's late cancel refunds the capture", async () => {
      const early = await cardCart()
      stripe.confirmInBrowser(early.intent.id, "authorized")
      const { data: placed } = await api.post(`/store/carts/${early.cartId}/complete`, {}, store.storeHeaders)
      const earlyTicket = await ticketOf(placed.order.id)
      expect((await settle(api.post(`/store/orders/${placed.order.id}/cancel?token=${earlyTicket.tracking_token}`, {}, store.storeHeaders))).status).toBe(200)
      expect(stripe.intents.get(early.intent.id)!.status).toBe("canceled")
      expect(stripe.calls.filter((call) => call.startsWith("refund"))).toEqual([])

      const late = await cardCart([["reine/L", 1]])
      stripe.confirmInBrowser(late.intent.id, "authorized")
      const { data: second } = await api.post(`/store/carts/${late.cartId}/complete`, {}, store.storeHeaders)
      const lateTicket = await ticketOf(second.order.id)
      await transition(lateTicket.id, "preparing")
      expect((await transition(lateTicket.id, "cancelled", { note: "four en panne" })).status).toBe(200)
      expect(stripe.calls).toContain(`refund ${late.intent.id} ${late.intent.amount}`)
      const order = await payments(second.order.id)
      expect(order.payment_collections[0].payments[0].refunds).toHaveLength(1)
    })

    it("a capture refused when preparation starts flags the ticket for the manager and does not hold up the kitchen", async () => {
      const { cartId, intent } = await cardCart()
      stripe.confirmInBrowser(intent.id, "authorized")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const ticket = await ticketOf(data.order.id)
      stripe.lapsed.add(intent.id)

      const started = await transition(ticket.id, "preparing")
      expect(started.status).toBe(200)
      expect(started.data.ticket).toMatchObject({ status: "preparing", payment_failed: { reason: expect.stringMatching(/could not be captured/) } })
      expect((await payments(data.order.id)).payment_status).toBe("authorized")
      const { data: board } = await api.get(`/admin/kitchen/tickets?pizzeria_id=${centre().id}&status=preparing`, await store.adminHeaders())
      expect(board.tickets.find((candidate: { id: string }) => candidate.id === ticket.id).payment_failed).toBeTruthy()
    })

    describe("webhooks", () => {
      it("completes the cart of a customer who left after paying, once, however often Stripe says so", async () => {
        const { cartId, intent } = await cardCart()
        stripe.confirmInBrowser(intent.id, "authorized")
        const event = stripe.webhook("payment_intent.amount_capturable_updated", intent)
        const answers = await Promise.all([deliverWebhook(event), deliverWebhook(event)])
        expect(answers.map((answer) => answer.status)).toEqual([200, 200])

        const [orderId] = await until("the order from the webhook", async () => (await orderOfCart(cartId)).length > 0 && orderOfCart(cartId))
        await deliverAndProcess(event)
        expect(await orderOfCart(cartId)).toEqual([orderId])
        await ticketOf(orderId)
        expect(await kitchen().listKitchenTickets({ order_id: orderId })).toHaveLength(1)
        expect((await payments(orderId)).payment_status).toBe("authorized")
      })

      it("a paid cart completed by the webhook takes the pizzeria's stock lock like a checkout: no overselling in a race", async () => {
        const dury = store.pizzeria("Dury")
        // three Margherita M (120 g each) can be made, not four: of the four paid carts, one at least must lose
        await api.post(
          `/admin/stock-locations/${dury.id}/stock-movements`,
          { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: 360, note: "test" },
          await store.adminHeaders()
        )
        const margherita = [{ variant_id: store.variant("margherita/M"), quantity: 1 }]
        const paidCarts: { cartId: string; event: { body: string; headers: Record<string, string> } }[] = []
        for (let i = 0; i < 4; i++) {
          const cartId = await preparePickupCart(api, store, dury, margherita, CARD)
          const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
          const intent = stripe.confirmInBrowser(stripe.intentOfSession(data.cart.payment_collection.payment_sessions[0].id).id, "authorized")
          paidCarts.push({ cartId, event: stripe.webhook("payment_intent.amount_capturable_updated", { ...intent }) })
        }
        const storeCarts: string[] = []
        for (let i = 0; i < 4; i++) storeCarts.push(await preparePickupCart(api, store, dury, margherita))

        const done = await Promise.all(paidCarts.map(({ event }) => processed([event])))
        await Promise.all([
          ...paidCarts.map(({ event }) => deliverWebhook(event)),
          ...storeCarts.map((cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))),
        ])
        // and Medusa's own processing of the same events, seconds later, adds nothing (a refused
        // paid cart's event is acknowledged without being queued: only the winners' are processed)
        const won = await Promise.all(paidCarts.map(async (cart) => (await orderOfCart(cart.cartId)).length > 0))
        const refusedPaid = paidCarts.filter((_, i) => !won[i])
        expect(refusedPaid.length).toBeGreaterThan(0)
        await until("Medusa's webhook processing", async () => done.every((processedEvent, i) => !won[i] || processedEvent()), 20_000)
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        // a paid cart that lost the race holds nothing on its customer's card
        for (const { event } of refusedPaid) expect(stripe.intents.get(JSON.parse(event.body).data.object.id)!.status).toBe("canceled")

        const orders = (await Promise.all([...paidCarts.map((cart) => cart.cartId), ...storeCarts].map(orderOfCart))).flat()
        expect(orders).toHaveLength(3)
        expect((await ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), dury.id)).reserved).toBe(360)
      })

      it("a paid cart refused when Stripe's webhook completes it holds no authorization, and is not completed later without the stock lock", async () => {
        const { cartId, intent } = await cardCart()
        stripe.confirmInBrowser(intent.id, "authorized")
        const event = stripe.webhook("payment_intent.amount_capturable_updated", { ...intent })
        const shelf = await runOutOfMozzarella()
        try {
          expect((await deliverWebhook(event)).status).toBe(200)
          expect(stripe.intents.get(intent.id)!.status).toBe("canceled")
          // and Medusa's own processing of the event, seconds later, completes nothing
          await new Promise((resolve) => setTimeout(resolve, 6_500))
          expect(await orderOfCart(cartId)).toEqual([])
          expect((await sessionsOfCart(cartId)).sessions).toEqual([])
        } finally {
          await shelf.restore()
        }
      })

      it("a paid cart whose completion fails for no refusal (the database failing) keeps its hold and is not acknowledged: Stripe's next delivery completes it", async () => {
        const { cartId, intent } = await cardCart()
        stripe.confirmInBrowser(intent.id, "authorized")
        const event = stripe.webhook("payment_intent.amount_capturable_updated", { ...intent })
        // the database fails once as the pizzeria's stock is read
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const outage = jest.spyOn(inventory, "listInventoryLevels").mockRejectedValueOnce(new Error("Connection terminated unexpectedly"))
        let failed: { status: number }
        try {
          failed = await deliverWebhook(event)
        } finally {
          outage.mockRestore()
        }
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect(stripe.intents.get(intent.id)!.status).toBe("requires_capture")
        expect(await orderOfCart(cartId)).toEqual([])

        expect((await deliverWebhook(event)).status).toBe(200)
        expect(await orderOfCart(cartId)).toHaveLength(1)
      })

      it("a paid cart seen processing at a first press, then refused when Stripe's authorized event arrives, is released, not left to retry forever", async () => {
        const { cartId, intent } = await cardCart()
        Object.assign(stripe.intents.get(intent.id)!, { status: "processing", payment_method: `pm_3Q${"3".repeat(20)}` })
        expect((await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))).data.code).toBe("payment_pending")
        stripe.confirmInBrowser(intent.id, "authorized")
        const event = stripe.webhook("payment_intent.amount_capturable_updated", { ...intent })
        const shelf = await runOutOfMozzarella()
        try {
          expect((await deliverWebhook(event)).status).toBe(200)
          expect(stripe.intents.get(intent.id)!.status).toBe("canceled")
          expect(await orderOfCart(cartId)).toEqual([])
        } finally {
          await shelf.restore()
        }
      })

      it("a changed order's new payment that Stripe fails to confirm while it is authorized is not acknowledged nor called declined: Stripe's next delivery authorizes it", async () => {
        const { cartId, intent } = await cardCart()
        stripe.confirmInBrowser(intent.id, "authorized")
        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        const token = `token=${(await ticketOf(placed.order.id)).tracking_token}`
        const sessionId = await changeCardOrderToHigherTotal(api, store, placed.order.id, token)
        const second = stripe.confirmInBrowser(stripe.intentOfSession(sessionId).id, "authorized")
        const event = stripe.webhook("payment_intent.amount_capturable_updated", { ...second })
        const outage = stripeFails(second.id, "retrieve")
        let failed: { status: number }
        try {
          failed = await deliverWebhook(event)
        } finally {
          outage.recover()
        }
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect((await payments(placed.order.id)).payment_status).not.toBe("authorized")

        expect((await deliverWebhook(event)).status).toBe(200)
        expect((await payments(placed.order.id)).payment_status).toBe("authorized")
      })

      it("a late or repeated event changes nothing once the payment is captured", async () => {
        const { cartId, intent } = await cardCart()
        stripe.confirmInBrowser(intent.id, "authorized")
        const authorized = stripe.webhook("payment_intent.amount_capturable_updated", { ...intent })
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        const ticket = await ticketOf(data.order.id)
        await transition(ticket.id, "preparing")
        const captures = stripe.calls.filter((call) => call === `capture ${intent.id}`).length

        // Stripe confirms the capture twice, then the authorization event arrives late
        const succeeded = stripe.webhook("payment_intent.succeeded", stripe.intents.get(intent.id)!)
        await deliverAndProcess(succeeded, succeeded, authorized)

        const order = await payments(data.order.id)
        expect(order.payment_status).toBe("captured")
        expect(order.payment_collections.flatMap((collection: { payments: unknown[] }) => collection.payments)).toHaveLength(1)
        expect(stripe.calls.filter((call) => call === `capture ${intent.id}`)).toHaveLength(captures)
        expect(await orderOfCart(cartId)).toEqual([data.order.id])
      })

      it("refuses an event with a wrong signature before queuing it and acknowledges one for an unknown payment", async () => {
        const { cartId, intent } = await cardCart()
        stripe.confirmInBrowser(intent.id, "authorized")
        // Medusa itself would complete some other cart for an unknown session: it never gets there
        const stranger = stripe.webhook("payment_intent.amount_capturable_updated", { ...intent, id: "pi_3Qunknown", metadata: { session_id: "payses_unknown" } })
        expect((await deliverWebhook(stranger)).status).toBe(200)
        const forged = stripe.webhook("payment_intent.amount_capturable_updated", intent, "whsec_someone_else")
        expect(await deliverWebhook(forged)).toMatchObject({ status: 400, data: { code: "invalid_signature" } })
        // neither is queued: a genuine event delivered after them (another customer's payment) is processed,
        // and by then Medusa would have processed the other two had they been queued (the same 5 s delay)
        const other = await cardCart()
        stripe.confirmInBrowser(other.intent.id, "authorized")
        const genuine = stripe.webhook("payment_intent.amount_capturable_updated", other.intent)
        const genuineDone = await processed([genuine])
        expect((await deliverWebhook(genuine)).status).toBe(200)
        await until("the later genuine event to be processed", async () => genuineDone(), 20_000)
        expect(processing.get(idOf(stranger))).toBeUndefined()
        expect(processing.get(idOf(forged))).toBeUndefined()
        expect(await orderOfCart(cartId)).toEqual([])
        // the server still completes the genuine checkout
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        expect(data.type).toBe("order")
      })
    })
  },
})
