import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stockLockKey } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { changeCardOrderToHigherTotal, loadDemoStore, preparePickupCart, settle, ticketOf, type DemoStore } from "../../helpers/demo-store"
import { StripeEdge } from "../../helpers/stripe-edge"

// Stripe is configured when the application loads; its HTTP is answered by StripeEdge
const stripe = StripeEdge.forThisTestFile()
// a busy pizzeria answers stock_busy after 1.5 s instead of 30 s
process.env.OCP_STOCK_LOCK_TIMEOUT_MS = "1500"

jest.setTimeout(300_000)

const CARD = "pp_stripe_stripe"
/** Medusa processes a queued webhook 5 s after it arrives (see card-payments.spec.ts). */
const PROCESSING_DELAY_MS = 5_000

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out")
  }
}

/**
 * Forged payment webhooks change nothing: an unknown provider is a 404, and
 * an event Stripe did not sign with this endpoint's secret, lately, is a 400
 * before it is queued, so no cart is completed and no payment moves.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let queued = 0
    beforeAll(async () => {
      await stripe.start()
      store = await loadDemoStore(api, getContainer())
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("payment.webhook_received", async () => {
          queued++
        })
    })
    afterAll(() => stripe.stop())

    const deliver = (provider: string, event: { body: string; headers: Record<string, string> }) =>
      settle(api.post(`/hooks/payment/${provider}`, event.body, { headers: event.headers, transformRequest: [(body: string) => body] }))

    /** A pickup cart whose card the customer has just authorized in Stripe's form, not completed yet. */
    async function paidCart() {
      const cartId = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [{ variant_id: store.variant("margherita/M"), quantity: 1 }], CARD)
      const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
      const session = data.cart.payment_collection.payment_sessions[0]
      const intent = stripe.confirmInBrowser(stripe.intentOfSession(session.id).id, "authorized")
      return { cartId, sessionId: session.id as string, intent: { ...intent } }
    }
    const ordersOf = async (cartId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data
    }
    const paymentsOf = async (sessionId: string) => getContainer().resolve(Modules.PAYMENT).listPayments({ payment_session_id: sessionId })

    it("an unknown payment provider is a 404, a registered one is reached", async () => {
      const event = stripe.webhook("payment_intent.succeeded", (await paidCart()).intent)
      for (const provider of ["paypal_paypal", "anything", "pp_stripe_other", "stripe"]) {
        const { status, data } = await deliver(provider, event)
        expect({ provider, status, code: data.code }).toEqual({ provider, status: 404, code: "unknown_payment_provider" })
      }
      // the id as Medusa's path gives it, with or without the pp_ prefix
      expect((await deliver("stripe_stripe", { ...event, headers: { "content-type": "application/json" } })).data.code).toBe("invalid_signature")
      expect((await deliver(CARD, { ...event, headers: { "content-type": "application/json" } })).data.code).toBe("invalid_signature")
      const before = queued
      expect((await deliver("system_default", event)).status).toBe(200)
      // queued (the next test counts what is queued: this one must be out of the way)
      await until(() => queued > before)
    })

    it("unsigned, badly signed, tampered and stale events are refused before they are queued, and change nothing", async () => {
      const { cartId, sessionId, intent } = await paidCart()
      const before = queued
      const genuine = stripe.webhook("payment_intent.amount_capturable_updated", intent)
      const forgeries = {
        unsigned: { body: genuine.body, headers: { "content-type": "application/json" } },
        "signed with another secret": stripe.webhook("payment_intent.amount_capturable_updated", intent, "whsec_someone_else"),
        "a signature that is not Stripe's format": { body: genuine.body, headers: { ...genuine.headers, "stripe-signature": "sha256=deadbeef" } },
        // Stripe's signature over one body, another body (a different amount) sent with it
        tampered: { body: genuine.body.replace(`"amount":${intent.amount}`, `"amount":1`), headers: genuine.headers },
        // correctly signed, an hour ago: a replay
        stale: stripe.webhook("payment_intent.amount_capturable_updated", intent, stripe.webhookSecret, Math.floor(Date.now() / 1000) - 3600),
      }
      expect(forgeries.tampered.body).not.toBe(genuine.body)
      for (const [name, forged] of Object.entries(forgeries)) {
        const { status, data } = await deliver("stripe_stripe", forged)
        expect({ name, status, code: data.code }).toEqual({ name, status: 400, code: "invalid_signature" })
      }

      await new Promise((resolve) => setTimeout(resolve, PROCESSING_DELAY_MS + 1_500))
      expect(queued).toBe(before)
      expect(await ordersOf(cartId)).toEqual([])
      expect(await paymentsOf(sessionId)).toEqual([])
      expect(stripe.calls.filter((call) => call.startsWith(`capture ${intent.id}`))).toEqual([])
      const [session] = await getContainer().resolve(Modules.PAYMENT).listPaymentSessions({ id: sessionId })
      expect(session.status).toBe("pending")

      // the genuine event, delivered now, completes the cart and is queued for Medusa's own processing
      expect((await deliver("stripe_stripe", genuine)).status).toBe(200)
      expect(await ordersOf(cartId)).toHaveLength(1)
      expect(await paymentsOf(sessionId)).toHaveLength(1)
      await until(() => queued > before)
      expect(queued).toBe(before + 1)
    })

    it("a paid cart is never completed without the pizzeria's stock lock: a busy pizzeria leaves the event for Stripe to deliver again", async () => {
      const { cartId, intent } = await paidCart()
      const locking = getContainer().resolve(Modules.LOCKING)
      const rush = { key: stockLockKey(store.pizzeria("Amiens Centre").id), ownerId: "another-checkout" }
      await locking.acquire(rush.key, { ownerId: rush.ownerId, expire: 60 })
      const event = stripe.webhook("payment_intent.amount_capturable_updated", intent)
      try {
        // not acknowledged: Stripe delivers it again later
        expect((await deliver("stripe_stripe", event)).status).toBe(409)
        // the shop's own try meets the same rush: "try again", and the card stays authorized for it
        const shop = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
        expect(shop.data.code).toBe("stock_busy")
        // nothing completes the cart behind the lock's back, Medusa's own processing of the event included
        await new Promise((resolve) => setTimeout(resolve, PROCESSING_DELAY_MS + 1_500))
        expect(await ordersOf(cartId)).toEqual([])
        expect(stripe.intents.get(intent.id)!.status).toBe("requires_capture")
      } finally {
        await locking.release(rush.key, { ownerId: rush.ownerId })
      }
      // Stripe's next delivery completes it under the lock
      expect((await deliver("stripe_stripe", event)).status).toBe(200)
      expect(await ordersOf(cartId)).toHaveLength(1)
    })

    it("a changed order's payment is authorized once when the customer's browser and Stripe's webhook report it at once", async () => {
      const { cartId } = await paidCart()
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const token = `token=${(await ticketOf(getContainer(), placed.order.id)).tracking_token}`
      const sessionId = await changeCardOrderToHigherTotal(api, store, placed.order.id, token)
      const intent = stripe.confirmInBrowser(stripe.intentOfSession(sessionId).id, "authorized")
      const event = stripe.webhook("payment_intent.amount_capturable_updated", { ...intent })

      // Stripe's answer on the intent's state is held until two flows ask for it together: unguarded, the browser's
      // authorization and the event's (at delivery, or when Medusa processes it 5 s later) both pass "already authorized?"
      const met = stripe.holdRetrieves(intent.id, 2, PROCESSING_DELAY_MS + 3_000)
      const [delivered, authorized] = await Promise.all([
        deliver("stripe_stripe", event),
        settle(api.post(`/store/orders/${placed.order.id}/payment/authorize?${token}`, {}, store.storeHeaders)),
      ])
      // they never asked Stripe at once: one waited for the other's lock on the session
      expect(await met).toBe(false)
      await new Promise((resolve) => setTimeout(resolve, PROCESSING_DELAY_MS + 1_500))

      expect(delivered.status).toBe(200)
      expect(authorized.data).toMatchObject({ payment_status: "authorized" })
      const payments = await paymentsOf(sessionId)
      expect(payments).toHaveLength(1)
      expect(payments[0].canceled_at).toBeFalsy()
      expect(stripe.calls).not.toContain(`cancel ${intent.id}`)
      expect(stripe.intents.get(intent.id)!.status).toBe("requires_capture")
      const { data: order } = await api.get(`/admin/orders/${placed.order.id}?fields=payment_status`, await store.adminHeaders())
      expect(order.order.payment_status).toBe("authorized")
    })
  },
})
