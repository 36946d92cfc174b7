import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { StripeEdge } from "../helpers/stripe-edge"

// Stripe is configured when the application loads; its HTTP is answered by StripeEdge
const stripe = StripeEdge.forThisTestFile()

jest.setTimeout(120_000)

const CARD = "pp_stripe_stripe"

/**
 * The order's tracking says when a changed order's new total waits for the
 * customer's card: the shop's order page brings the card step back from it
 * after a reload (storefront/app/orders/[id]/page.tsx).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      await stripe.start()
      store = await loadDemoStore(api, getContainer())
    })
    afterAll(() => stripe.stop())

    const centre = () => store.pizzeria("Amiens Centre")
    /** A placed pickup order of one Margherita at Amiens Centre, by card (confirmed in the browser) or on delivery. */
    async function placeOrder(providerId: string) {
      const cartId = await preparePickupCart(api, store, centre(), [{ variant_id: store.variant("margherita/M"), quantity: 1 }], providerId)
      if (providerId === CARD) {
        const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store.storeHeaders)
        stripe.confirmInBrowser(stripe.intentOfSession(data.cart.payment_collection.payment_sessions[0].id).id, "authorized")
      }
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const orderId = data.order.id as string
      const ticket = await ticketOf(getContainer(), orderId)
      return { orderId, token: `token=${ticket.tracking_token}` }
    }
    /** One Margherita and a large Reine: a higher total than the order placed. */
    const addReine = (order: { orderId: string; token: string }) =>
      api.post(
        `/store/orders/${order.orderId}/modify?${order.token}`,
        {
          items: [
            { variant_id: store.variant("margherita/M"), quantity: 1 },
            { variant_id: store.variant("reine/L"), quantity: 1 },
          ],
        },
        store.storeHeaders
      )
    const tracking = async (order: { orderId: string; token: string }) => (await api.get(`/store/orders/${order.orderId}/tracking?${order.token}`, store.storeHeaders)).data

    it("a changed card order's new total waiting for the card is not lost on a reload: the tracking says so until it is authorized", async () => {
      const order = await placeOrder(CARD)
      expect((await tracking(order)).payment).toBeNull()

      const { data: changed } = await addReine(order)
      expect(changed.payment).toMatchObject({ status: "awaiting_authorization" })

      // what a reloaded order page reads: the new amount to confirm, and no secret of Stripe's
      const waiting = await tracking(order)
      expect(waiting.payment).toEqual({
        status: "awaiting_card_confirmation",
        payment_collection_id: changed.payment.payment_collection_id,
        amount: changed.payment.amount,
        currency_code: "eur",
      })
      expect(waiting.payment.amount).toBe(waiting.order.total)
      expect(JSON.stringify(waiting)).not.toMatch(/secret/i)

      // the shop opens the card payment again from the tracking, the customer confirms it, the backend authorizes it
      const { data: opened } = await api.post(
        `/store/payment-collections/${waiting.payment.payment_collection_id}/payment-sessions?${order.token}`,
        { provider_id: CARD },
        store.storeHeaders
      )
      stripe.confirmInBrowser(stripe.intentOfSession(opened.payment_collection.payment_sessions[0].id).id, "authorized")
      const authorized = await settle(api.post(`/store/orders/${order.orderId}/payment/authorize?${order.token}`, {}, store.storeHeaders))
      expect(authorized.data).toMatchObject({ payment_status: "authorized" })
      expect((await tracking(order)).payment).toBeNull()
    })

    it("a pay-on-delivery order changed to a higher total never asks for a card", async () => {
      const order = await placeOrder("pp_system_default")
      const { data: changed } = await addReine(order)
      expect(changed.payment).toMatchObject({ status: "authorized" })
      expect((await tracking(order)).payment).toBeNull()
    })
  },
})
