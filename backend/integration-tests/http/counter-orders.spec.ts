import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { ingredientLevel } from "../helpers/stock"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    const counterOrder = async (pizzeriaId: string, body: Record<string, unknown>) =>
      settle(api.post(`/admin/pizzerias/${pizzeriaId}/counter-orders`, body, await store.adminHeaders()))
    const mozzarella = (pizzeriaId: string) => ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), pizzeriaId)

    it("takes a phone order at menu prices: customer found by number, stock reserved, paid on delivery, in the kitchen queue", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const before = await mozzarella(centre.id)
      const first = await counterOrder(centre.id, {
        customer: { phone: "06 98 76 54 32", first_name: "Jeanne", last_name: "Martin" },
        items: [{ variant_id: store.variant("margherita/M"), quantity: 2 }],
        fulfilment: "delivery",
        address: { address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens" },
      })
      expect(first.status).toBe(201)
      expect(first.data.customer_created).toBe(true)
      // 2 × 10.50 + 2.00 delivery (Centre-ville zone)
      expect(Number(first.data.order.total)).toBe(23)
      expect(first.data.order.items[0]).toMatchObject({ quantity: 2, unit_price: 10.5 })
      expect((await mozzarella(centre.id)).reserved).toBeGreaterThan(before.reserved)

      const ticket = await ticketOf(getContainer(), first.data.order.id)
      expect(ticket).toMatchObject({ kind: "delivery", status: "received", stock_location_id: centre.id })
      const { data: paid } = await api.get(`/admin/orders/${first.data.order.id}?fields=payment_status`, await store.adminHeaders())
      expect(paid.order.payment_status).toBe("authorized")

      // she calls again, the number typed differently: the same customer
      const second = await counterOrder(centre.id, {
        customer: { phone: "+33 6 98 76 54 32" },
        items: [{ variant_id: store.variant("reine/M"), quantity: 1 }],
        fulfilment: "pickup",
      })
      expect(second.status).toBe(201)
      expect(second.data).toMatchObject({ customer_created: false, order: { customer_id: first.data.order.customer_id } })
    })

    it("refuses what a web checkout refuses, and prices it cannot take, in words", async () => {
      const henriville = store.pizzeria("Henriville")
      const priced = await counterOrder(henriville.id, {
        customer: { phone: "0611111111", first_name: "Paul" },
        items: [{ variant_id: store.variant("margherita/M"), quantity: 1, unit_price: 0.01 }],
        fulfilment: "pickup",
      })
      expect(priced.status).toBe(400)

      await api.post(
        `/admin/stock-locations/${henriville.id}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: 200, note: "test" },
        await store.adminHeaders()
      )
      const short = await counterOrder(henriville.id, {
        customer: { phone: "0611111111", first_name: "Paul" },
        items: [
          { variant_id: store.variant("margherita/M"), quantity: 1 },
          { variant_id: store.variant("reine/M"), quantity: 1 },
        ],
        fulfilment: "pickup",
      })
      expect(short.status).toBe(409)
      expect(short.data.code).toBe("insufficient_stock")
      expect(await mozzarella(henriville.id)).toEqual({ stocked: 200, reserved: 0 })

      const unknownCaller = await counterOrder(henriville.id, {
        customer: { phone: "0622222222" },
        items: [{ variant_id: store.variant("margherita/S"), quantity: 1 }],
        fulfilment: "pickup",
      })
      expect(unknownCaller.data).toMatchObject({ code: "customer_name_required" })
      const badPhone = await counterOrder(henriville.id, {
        customer: { phone: "pizza", first_name: "X" },
        items: [{ variant_id: store.variant("margherita/S"), quantity: 1 }],
        fulfilment: "pickup",
      })
      expect(badPhone.data).toMatchObject({ code: "invalid_phone" })
      const noAddress = await counterOrder(henriville.id, {
        customer: { phone: "0611111111" },
        items: [{ variant_id: store.variant("margherita/S"), quantity: 1 }],
        fulfilment: "delivery",
      })
      expect(noAddress.data).toMatchObject({ code: "address_required" })
    })

    it("the manager's dashboard sums up the day: open tickets, orders, revenue, ingredients running low", async () => {
      const admin = await store.adminHeaders()
      const centreId = store.pizzeria("Amiens Centre").id
      for (const [variant, quantity] of [
        ["margherita/M", 2],
        ["reine/M", 1],
      ] as const) {
        const placed = await counterOrder(centreId, {
          customer: { phone: "0644444444", first_name: "Jo" },
          items: [{ variant_id: store.variant(variant), quantity }],
          fulfilment: "pickup",
        })
        expect(placed.status).toBe(201)
      }
      let dashboard
      for (let waited = 0; waited < 10_000 && dashboard?.orders !== 2; waited += 200) {
        dashboard = (await api.get(`/admin/pizzerias/${centreId}/dashboard`, admin)).data.dashboard
        if (dashboard.orders !== 2) await new Promise((resolve) => setTimeout(resolve, 200))
      }
      // 2 × 10.50 + 12.50, both waiting for the kitchen
      expect(dashboard).toMatchObject({ orders: 2, revenue: 33.5, open: { received: 2, preparing: 0 }, cash_by_driver: [], late: [] })

      await api.post(
        `/admin/stock-locations/${store.pizzeria("Henriville").id}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: 200, note: "test" },
        admin
      )
      const { data: henriville } = await api.get(`/admin/pizzerias/${store.pizzeria("Henriville").id}/dashboard`, admin)
      expect(henriville.dashboard.low_stock).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Mozzarella", available: 200, threshold: 3000 })]))
      expect((await settle(api.get("/admin/pizzerias/sloc_nope/dashboard", admin))).status).toBe(404)
    })

    it("a manager's rush pause stops web checkouts for a while, not phone orders, and the store says so", async () => {
      const dury = store.pizzeria("Dury")
      const admin = await store.adminHeaders()
      const paused = await api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: true, minutes: 20, reason: "rush du samedi" }, admin)
      expect(paused.data).toMatchObject({ accepting: false, pause: { reason: "rush du samedi" } })
      const { data: listed } = await api.get("/store/pizzerias", store.storeHeaders)
      expect(listed.pizzerias.find((pizzeria: { id: string }) => pizzeria.id === dury.id).online_orders).toMatchObject({ accepting: false, reason: "rush du samedi" })

      const cartId = await preparePickupCart(api, store, dury, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(refused.status).toBe(409)
      expect(refused.data).toMatchObject({ code: "online_orders_paused", message: expect.stringContaining("appelez la pizzeria") })

      const byPhone = await counterOrder(dury.id, {
        customer: { phone: "0633333333", first_name: "Léa" },
        items: [{ variant_id: store.variant("margherita/M"), quantity: 1 }],
        fulfilment: "pickup",
      })
      expect(byPhone.status).toBe(201)

      await api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: false }, admin)
      expect((await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))).data.type).toBe("order")
      expect((await settle(api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: true, minutes: 600 }, admin))).status).toBe(400)
    })
  },
})
