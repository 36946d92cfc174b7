import axios from "axios"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { startSecondServer } from "../helpers/second-server"
import { loadDemoStore, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { ingredientLevel } from "../helpers/stock"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    async function setMozzarella(pizzeriaId: string, grams: number): Promise<void> {
      await api.post(
        `/admin/stock-locations/${pizzeriaId}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: grams, note: "test" },
        await store.adminHeaders()
      )
    }

    const mozzarellaLevel = (pizzeriaId: string) => ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), pizzeriaId)

    /** Margherita M (120 g of mozzarella) and Reine M (100 g): each fits alone where 200 g are left, not together. */
    const sharingMozzarella = () => [
      { variant_id: store.variant("margherita/M"), quantity: 1 },
      { variant_id: store.variant("reine/M"), quantity: 1 },
    ]

    async function prepareCarts(pizzeria: { id: string; sales_channel_id: string }, count: number): Promise<string[]> {
      const carts: string[] = []
      for (let i = 0; i < count; i++) carts.push(await preparePickupCart(api, store, pizzeria, sharingMozzarella()))
      return carts
    }

    it("refuses a cart of two pizzas that together need more mozzarella than is left, naming them", async () => {
      const henriville = store.pizzeria("Henriville")
      await setMozzarella(henriville.id, 200)
      // Margherita M takes 120 g, Reine M 100 g: each alone fits, together they do not
      const cartId = await preparePickupCart(api, store, henriville, sharingMozzarella())
      const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(refused.status).toBe(409)
      expect(refused.data).toMatchObject({
        code: "insufficient_stock",
        message: expect.stringContaining("Mozzarella"),
        details: {
          stock_location_id: henriville.id,
          shortages: [expect.objectContaining({ ingredient: "Mozzarella", unit: "g", needed: 220, available: 200 })],
        },
      })
      expect(refused.data.message).toMatch(/Margherita.*Reine/)
      expect(await mozzarellaLevel(henriville.id)).toEqual({ stocked: 200, reserved: 0 })
      const { data: cart } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(cart.cart.completed_at).toBeNull()

      await setMozzarella(henriville.id, 220)
      const accepted = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(accepted.status).toBe(200)
      expect(accepted.data).toMatchObject({ type: "order", order: { id: expect.stringMatching(/^order_/) } })
      expect(await mozzarellaLevel(henriville.id)).toEqual({ stocked: 220, reserved: 220 })
    })

    it("checks the whole cart also when Medusa's own completion runs, as a payment webhook does", async () => {
      const saintLeu = store.pizzeria("Saint-Leu")
      await setMozzarella(saintLeu.id, 200)
      const cartId = await preparePickupCart(api, store, saintLeu, sharingMozzarella())
      const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId }, throwOnError: false })
      expect(errors[0]?.error).toMatchObject({ code: "insufficient_stock", status: 409 })
      expect(await mozzarellaLevel(saintLeu.id)).toEqual({ stocked: 200, reserved: 0 })
    })

    it("guards a counter order's conversion and a manager's order edit like a checkout", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const admin = await store.adminHeaders()
      await setMozzarella(centre.id, 200)
      const { data: draft } = await api.post(
        "/admin/draft-orders",
        {
          email: "comptoir@example.test",
          region_id: store.regionId,
          sales_channel_id: centre.sales_channel_id,
          items: sharingMozzarella(),
          shipping_address: { first_name: "Client", last_name: "Comptoir", address_1: "1 rue de Test", city: "Amiens", postal_code: "80000", country_code: "fr" },
        },
        admin
      )
      const draftId = draft.draft_order.id as string
      const refused = await settle(api.post(`/admin/draft-orders/${draftId}/convert-to-order`, {}, admin))
      expect(refused.status).toBe(409)
      expect(refused.data).toMatchObject({ code: "insufficient_stock", message: expect.stringMatching(/Margherita.*Reine/) })
      expect(await mozzarellaLevel(centre.id)).toEqual({ stocked: 200, reserved: 0 })
      await setMozzarella(centre.id, 220)
      expect((await settle(api.post(`/admin/draft-orders/${draftId}/convert-to-order`, {}, admin))).status).toBe(200)
      expect(await mozzarellaLevel(centre.id)).toEqual({ stocked: 220, reserved: 220 })

      // 150 g left: adding a Margherita M (120 g) and a Reine M (100 g) passes Medusa's line-by-line check, not ours
      await setMozzarella(centre.id, 370)
      await api.post("/admin/order-edits", { order_id: draftId }, admin)
      await api.post(`/admin/order-edits/${draftId}/items`, { items: sharingMozzarella() }, admin)
      const tooMuch = await settle(api.post(`/admin/order-edits/${draftId}/confirm`, {}, admin))
      expect(tooMuch.status).toBe(409)
      expect(tooMuch.data.code).toBe("insufficient_stock")
      expect(await mozzarellaLevel(centre.id)).toEqual({ stocked: 370, reserved: 220 })
      await setMozzarella(centre.id, 440)
      const confirmed = await settle(api.post(`/admin/order-edits/${draftId}/confirm`, {}, admin))
      expect(confirmed.status).toBe(200)
      expect(await mozzarellaLevel(centre.id)).toEqual({ stocked: 440, reserved: 440 })
      // paid at the counter: the new total is carried at once, so the kitchen is not held up
      expect(confirmed.data.payment).toMatchObject({ status: "authorized", provider_id: "pp_system_default" })
    })

    it("gives exactly five orders to twenty customers racing for stock of five carts and one pizza", async () => {
      const dury = store.pizzeria("Dury")
      // 5 carts × (120 g + 100 g) = 1100 g, plus 120 g: one more Margherita
      await setMozzarella(dury.id, 1220)
      const carts = await prepareCarts(dury, 20)
      const answers = await Promise.all(carts.map((cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))))
      const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
      const refusals = answers.filter((answer) => answer.status === 409)
      expect(orders).toHaveLength(5)
      expect(refusals).toHaveLength(15)
      for (const refusal of refusals) expect(refusal.data.code).toBe("insufficient_stock")

      const level = await mozzarellaLevel(dury.id)
      expect(level).toEqual({ stocked: 1220, reserved: 1100 })
      expect(level.reserved).toBeLessThanOrEqual(level.stocked)
    })

    it("holds across two server processes sharing the database (PostgreSQL lock)", async () => {
      const longueau = store.pizzeria("Longueau")
      await setMozzarella(longueau.id, 1220)
      const second = await startSecondServer(dbConfig.clientUrl)
      try {
        const carts = await prepareCarts(longueau, 20)
        const other = axios.create({ baseURL: second.url })
        const answers = await Promise.all(carts.map((cartId, index) => settle((index % 2 ? other : api).post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))))
        const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
        expect(orders).toHaveLength(5)
        expect(answers.filter((answer) => answer.status === 409 && answer.data.code === "insufficient_stock")).toHaveLength(15)
        expect(await mozzarellaLevel(longueau.id)).toEqual({ stocked: 1220, reserved: 1100 })
      } finally {
        await second.kill()
      }
    })
  },
})
