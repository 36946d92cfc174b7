import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { CHECKOUT_CART_KEY } from "../../../src/orders/same-basket"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KITCHEN_MODULE } from "../../../src/modules/kitchen"
import type KitchenModuleService from "../../../src/modules/kitchen/service"
import { loadDemoStore, preparePickupCart, settle, type DemoStore } from "../../helpers/demo-store"

jest.setTimeout(300_000)

/**
 * Decisions are never taken from data a customer can write: cart, line,
 * order or customer metadata. The rush pause let a cart through when its
 * metadata said `channel: "counter"`; the counter now keeps its own record.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    const kitchen = () => getContainer().resolve<KitchenModuleService>(KITCHEN_MODULE)
    const counterOrder = async (pizzeriaId: string, body: Record<string, unknown>) =>
      settle(api.post(`/admin/pizzerias/${pizzeriaId}/counter-orders`, body, await store.adminHeaders()))

    it("during a rush pause, a web cart claiming to be the counter's is refused; the counter still takes orders", async () => {
      const dury = store.pizzeria("Dury")
      const admin = await store.adminHeaders()
      await api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: true, minutes: 30, reason: "rush" }, admin)
      try {
        const line = [{ variant_id: store.variant("margherita/M"), quantity: 1 }]
        // every way a customer writes metadata: on the cart at creation, on the cart later, on a line, on the line's update
        const claims = { channel: "counter", source: "counter", counter: true, staff: true, paused: false, skip_pause: true }
        const onCart = await preparePickupCart(api, store, dury, line)
        expect((await settle(api.post(`/store/carts/${onCart}`, { metadata: claims }, store.storeHeaders))).status).toBe(200)
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: store.regionId, sales_channel_id: dury.sales_channel_id, metadata: claims, items: [{ ...line[0], metadata: claims }] },
          store.storeHeaders
        )
        const { data: stored } = await api.get(`/store/carts/${onCart}?fields=metadata`, store.storeHeaders)
        expect(stored.cart.metadata).toMatchObject({ channel: "counter" })
        expect(created.cart.metadata).toMatchObject({ channel: "counter" })

        const refused = await settle(api.post(`/store/carts/${onCart}/complete`, {}, store.storeHeaders))
        expect(refused.status).toBe(409)
        expect(refused.data).toMatchObject({ code: "online_orders_paused" })

        // the counter: its order goes through the pause, and its cart is marked where no customer writes
        const byPhone = await counterOrder(dury.id, { customer: { phone: "0655555555", first_name: "Lou" }, items: line, fulfilment: "pickup" })
        expect(byPhone.status).toBe(201)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: byPhone.data.order.id } })
        const counterCartId = links[0].cart_id as string
        expect(await kitchen().listCounterCarts({ cart_id: counterCartId })).toHaveLength(1)
        // nothing on the counter's cart that a customer could copy: the only mark is the one every checkout
        // writes, the cart's own id (orders/same-basket.ts)
        const { data: counterCarts } = await query.graph({ entity: "cart", fields: ["metadata"], filters: { id: counterCartId } })
        expect(counterCarts[0].metadata ?? {}).toEqual({ [CHECKOUT_CART_KEY]: counterCartId })
        // and the store cannot reach the counter's cart
        expect((await settle(api.get(`/store/carts/${counterCartId}`, store.storeHeaders))).status).toBe(404)
      } finally {
        await api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: false }, admin)
      }
    })

    it("a counter order that fails leaves no mark behind", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const before = await kitchen().listCounterCarts({})
      // an address nobody can place: the cart is made, the delivery refused
      const failed = await counterOrder(centre.id, {
        customer: { phone: "0666666666", first_name: "Max" },
        items: [{ variant_id: store.variant("margherita/M"), quantity: 1 }],
        fulfilment: "delivery",
        address: { address_1: "1 chemin de Nulle Part", postal_code: "99999", city: "Introuvable" },
      })
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(failed.status).toBeLessThan(500)
      expect(await kitchen().listCounterCarts({})).toHaveLength(before.length)
    })
  },
})
