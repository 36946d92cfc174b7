import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findStoreRule, STORE_RULES, type StoreScope } from "../../../src/store-access/store-access-policy"
import { loadDemoStore, placeOrderAt, preparePickupCart, settle, ticketOf, type DemoStore } from "../../helpers/demo-store"
import { answerOf, registeredStoreRoutes, type Route, type RouteAnswer as Answer } from "../../helpers/registered-routes"

jest.setTimeout(300_000)

type Headers = { headers: Record<string, string> }

/** The guard's refusals: the same 404 as for an id that does not exist. */
const REFUSALS = new Set(["order_not_found", "cart_not_found", "payment_collection_not_found"])
const refusedByGuard = (answer: Answer) => answer.status === 404 && REFUSALS.has(String(answer.data?.code))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let routes: Route[]

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      routes = await registeredStoreRoutes()
    })

    const centre = () => store.pizzeria("Amiens Centre")
    const line = () => [{ variant_id: store.variant("margherita/M"), quantity: 1 }]
    const guest = (): Headers => ({ headers: { ...store.storeHeaders.headers } })

    async function register(name: string): Promise<Headers & { id: string; email: string }> {
      const email = `${name}-${Date.now()}@example.test`
      const password = "Four-Cheese-Calzone-1987"
      const { data: auth } = await api.post("/auth/customer/emailpass/register", { email, password })
      const registering = { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${auth.token}` } }
      const { data: created } = await api.post("/store/customers", { email, first_name: name, last_name: "Client", phone: "+33611223344" }, registering)
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      return { id: created.customer.id, email, headers: { ...store.storeHeaders.headers, authorization: `Bearer ${login.token}` } }
    }

    /** A cart the customer made their own, ready to complete. */
    async function cartOf(customer: Headers): Promise<string> {
      const cartId = await preparePickupCart(api, store, centre(), line())
      expect((await settle(api.post(`/store/carts/${cartId}/customer`, {}, customer))).status).toBe(200)
      return cartId
    }

    /** Any status is an answer; a live stream that opens is closed at once. */
    const call = (route: Route, url: string, body: object, as: Headers): Promise<Answer> => answerOf(api, route.method, url, body, as)

    const scopeOf = (route: Route): StoreScope => findStoreRule(route.method, route.matcher)!.rule.scope
    const withToken = (url: string, token?: string) => (token ? `${url}${url.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}` : url)

    it("classifies every registered store route, ours, the plugins' and Medusa's", () => {
      expect(routes.length).toBeGreaterThan(50)
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: "GET", matcher: "/store/orders/:id" },
          { method: "GET", matcher: "/store/orders/:id/tracking" },
          { method: "POST", matcher: "/store/delivery-zones/resolve" },
        ])
      )
      const unclassified = routes.filter((route) => !findStoreRule(route.method, route.matcher)).map((route) => `${route.method} ${route.matcher}`)
      expect(unclassified).toEqual([])
      const used = new Set(routes.map((route) => findStoreRule(route.method, route.matcher)!.rule))
      expect(STORE_RULES.filter((rule) => !used.has(rule)).map((rule) => rule.path)).toEqual([])
    })

    it("an order (and its transfers, tracking, changes, returns, payments) only for its token or its signed-in customer", async () => {
      const [camille, dominique] = [await register("camille"), await register("dominique")]
      // Camille's own order, and a guest's
      const { data: placed } = await api.post(`/store/carts/${await cartOf(camille)}/complete`, {}, camille)
      expect(placed.type).toBe("order")
      const mine = { id: placed.order.id as string, token: (await ticketOf(getContainer(), placed.order.id)).tracking_token }
      const guestOrder = await placeOrderAt(api, getContainer(), store, centre())
      const theirs = { id: guestOrder.orderId, token: (await ticketOf(getContainer(), guestOrder.orderId)).tracking_token }
      const { data: collections } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order_payment_collection", fields: ["order_id", "payment_collection_id"], filters: { order_id: [mine.id, theirs.id] } })
      const collectionOf = (orderId: string) => collections.find((link: { order_id: string }) => link.order_id === orderId)!.payment_collection_id as string

      const orderRoutes = routes.filter((route) => ["order", "payment-collection"].includes(scopeOf(route).kind))
      expect(orderRoutes.length).toBeGreaterThanOrEqual(12)
      const target = (route: Route, orderId: string) => {
        const scope = scopeOf(route)
        const id = scope.kind === "payment-collection" ? collectionOf(orderId) : orderId
        return { url: route.matcher.replace(/:id\b/, id).replace(/:[a-z_]+/g, "unknown"), body: scope.kind === "order" && scope.from === "body" ? { order_id: orderId } : {} }
      }
      const attempts: [string, string, string | undefined, Headers, boolean][] = [
        ["Camille's order, publishable key only", mine.id, undefined, guest(), false],
        ["Camille's order, the guest's token", mine.id, theirs.token, guest(), false],
        ["Camille's order, as Dominique", mine.id, undefined, dominique, false],
        ["Camille's order, as Dominique with the guest's token", mine.id, theirs.token, dominique, false],
        ["the guest's order, no token", theirs.id, undefined, guest(), false],
        ["the guest's order, Camille's token", theirs.id, mine.token, guest(), false],
        ["the guest's order, a made-up token", theirs.id, "x".repeat(mine.token.length), guest(), false],
        ["the guest's order, as Camille", theirs.id, undefined, camille, false],
        ["Camille's order, as Camille", mine.id, undefined, camille, true],
        ["Camille's order, with its token", mine.id, mine.token, guest(), true],
        ["the guest's order, with its token", theirs.id, theirs.token, guest(), true],
        ["the guest's order, as Dominique holding its token", theirs.id, theirs.token, dominique, true],
      ]
      const wrong: string[] = []
      for (const [who, orderId, token, as, allowed] of attempts) {
        for (const route of orderRoutes) {
          const { url, body } = target(route, orderId)
          const answer = await call(route, withToken(url, token), body, as)
          if (refusedByGuard(answer) === allowed) wrong.push(`${who}: ${route.method} ${route.matcher} answered ${answer.status} ${answer.data?.code ?? ""}`)
          // a refusal shows nothing of the order
          if (!allowed) expect(JSON.stringify(answer.data)).not.toMatch(/example\.test|Client|\+336/)
        }
      }
      expect(wrong).toEqual([])
      // a refusal says no more than an order that does not exist
      const unknown = await settle(api.get("/store/orders/order_01NOPE", store.storeHeaders))
      const refused = await settle(api.get(`/store/orders/${theirs.id}`, store.storeHeaders))
      expect({ status: refused.status, data: refused.data }).toEqual({ status: unknown.status, data: unknown.data })
      // the token's holder reads the order Medusa's way
      const { data: read } = await api.get(`/store/orders/${theirs.id}?token=${theirs.token}`, store.storeHeaders)
      expect(read.order.email).toBe("client@example.test")

      // the list is the signed-in customer's own, whatever the filters say
      const { data: camilles } = await api.get("/store/orders?fields=id,customer_id", camille)
      expect(camilles.orders.map((order: { id: string }) => order.id)).toContain(mine.id)
      expect(camilles.orders.every((order: { customer_id: string }) => order.customer_id === camille.id)).toBe(true)
      const { data: dominiques } = await api.get(`/store/orders?id=${mine.id}`, dominique)
      expect(dominiques.orders).toEqual([])
      expect((await settle(api.get("/store/orders", store.storeHeaders))).status).toBe(401)
    })

    it("a registered customer's cart is theirs alone; a guest's cart stays reachable by its id", async () => {
      const [camille, dominique] = [await register("camille"), await register("dominique")]
      const camillesCart = await cartOf(camille)
      const { data: withCollection } = await api.get(`/store/carts/${camillesCart}?fields=payment_collection.id`, camille)
      const collectionId = withCollection.cart.payment_collection.id as string
      const guestCart = await preparePickupCart(api, store, centre(), line())

      const cartRoutes = routes.filter((route) => scopeOf(route).kind === "cart" || scopeOf(route).kind === "payment-collection")
      expect(cartRoutes.length).toBeGreaterThanOrEqual(14)
      const target = (route: Route, cartId: string) => {
        const scope = scopeOf(route)
        if (scope.kind === "payment-collection") return { url: route.matcher.replace(":id", collectionId), body: {} }
        if (scope.kind !== "cart") throw new Error(`not a cart route: ${route.matcher}`)
        if (scope.from === "param") return { url: route.matcher.replace(":id", cartId).replace(/:[a-z_]+/g, "unknown"), body: {} }
        const url = route.matcher.replace(/:[a-z_]+/g, "unknown")
        return scope.from === "query" ? { url: `${url}?cart_id=${cartId}`, body: {} } : { url, body: { cart_id: cartId } }
      }
      const wrong: string[] = []
      const expectAnswer = async (who: string, cartId: string, as: Headers, allowed: boolean, only?: (route: Route) => boolean) => {
        for (const route of cartRoutes.filter(only ?? (() => true))) {
          // completing is tried last: it turns the cart into an order
          if (allowed && route.matcher.endsWith("/complete")) continue
          const { url, body } = target(route, cartId)
          const answer = await call(route, url, body, as)
          if (refusedByGuard(answer) === allowed) wrong.push(`${who}: ${route.method} ${route.matcher} answered ${answer.status} ${answer.data?.code ?? ""}`)
          if (!allowed) expect(JSON.stringify(answer.data)).not.toMatch(/example\.test|Client|\+336/)
        }
      }
      await expectAnswer("Camille's cart, publishable key only", camillesCart, guest(), false)
      await expectAnswer("Camille's cart, as Dominique", camillesCart, dominique, false)
      await expectAnswer("Camille's cart, as Camille", camillesCart, camille, true)
      // the guest cart's payment collection is not the guest cart's id to test here: only the cart routes
      await expectAnswer("a guest's cart, by its id", guestCart, guest(), true, (route) => scopeOf(route).kind === "cart")
      expect(wrong).toEqual([])
      expect((await settle(api.post(`/store/carts/${camillesCart}/complete`, {}, dominique))).status).toBe(404)
      expect((await settle(api.post(`/store/carts/${camillesCart}/complete`, {}, camille))).data.type).toBe("order")

      // a guest typing the e-mail of an account keeps their cart: it stays a guest's, and nobody's account gets the order
      const typed = await settle(api.post(`/store/carts/${guestCart}`, { email: camille.email }, store.storeHeaders))
      expect(typed.status).toBe(200)
      const { data: after } = await api.get(`/store/carts/${guestCart}?fields=email,customer.id`, store.storeHeaders)
      expect(after.cart.email).toBe(camille.email)
      expect(after.cart.customer.id).not.toBe(camille.id)
      const { data: owners } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "customer", fields: ["has_account"], filters: { id: after.cart.customer.id } })
      expect(owners[0].has_account).toBe(false)
      // the same when the e-mail comes with the new cart
      const { data: made } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: centre().sales_channel_id, email: camille.email }, store.storeHeaders)
      const { data: reread } = await api.get(`/store/carts/${made.cart.id}?fields=customer.id`, store.storeHeaders)
      expect(reread.cart.customer.id).not.toBe(camille.id)
      const { data: signedInMade } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: centre().sales_channel_id }, camille)
      expect((await settle(api.get(`/store/carts/${signedInMade.cart.id}`, store.storeHeaders))).status).toBe(404)
      // a guest cart a customer takes at sign-in becomes theirs alone
      expect((await settle(api.post(`/store/carts/${guestCart}/customer`, {}, dominique))).status).toBe(200)
      expect((await settle(api.get(`/store/carts/${guestCart}`, store.storeHeaders))).status).toBe(404)
      expect((await settle(api.get(`/store/carts/${guestCart}`, dominique))).status).toBe(200)
    })

    it("a store path nobody classified is refused", async () => {
      const answer = await settle(api.get("/store/not-a-route", store.storeHeaders))
      expect(answer.status).toBe(404)
    })
  },
})
