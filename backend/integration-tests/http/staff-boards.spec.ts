import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { loadDemoStore, placeOrderAt, settle, type DemoStore } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"

jest.setTimeout(300_000)

type Headers = { headers: { authorization: string } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const as = {} as Record<"pizzaiolo" | "driver" | "counter" | "manager", Headers>
    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      const logins = { pizzaiolo: "pizzaiolo@oc-pizza.test", driver: "livreur@oc-pizza.test", counter: "comptoir@oc-pizza.test", manager: "manager@oc-pizza.test" }
      for (const [role, email] of Object.entries(logins)) as[role as keyof typeof as] = await signIn(api, email)
    })
    const centre = () => store.pizzeria("Amiens Centre")
    const saintLeu = () => store.pizzeria("Saint-Leu")

    const place = (
      pizzeria: { id: string; sales_channel_id: string },
      kind: "delivery" | "pickup",
      lines: [string, number][],
      address?: { address_1: string; postal_code: string; city: string }
    ) => placeOrderAt(api, getContainer(), store, pizzeria, lines, { kind, address })
    const move = (ticketId: string, body: object, headers: Headers) => settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, body, headers))

    it("the kitchen board gives the pizzeria's tickets, each line with its recipe for its size", async () => {
      const here = await place(centre(), "pickup", [
        ["margherita/M", 2],
        ["reine/L", 1],
      ])
      const elsewhere = await place(saintLeu(), "pickup", [["margherita/M", 1]])
      const { data } = await api.get("/admin/kitchen/tickets", as.pizzaiolo)
      expect(data.tickets.map((ticket: { id: string }) => ticket.id)).toEqual([here.ticketId])
      expect(data.tickets.map((ticket: { id: string }) => ticket.id)).not.toContain(elsewhere.ticketId)

      const [ticket] = data.tickets
      const medium = ticket.items.find((item: { title: string }) => item.title === "Margherita")
      const large = ticket.items.find((item: { title: string }) => item.title === "Reine")
      expect(medium.quantity).toBe(2)
      // the recipe's quantities are the ones the stock reserves for that size
      const [kitItem] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryItems({ sku: "ING-MOZZARELLA" }, { select: ["id"] })
      const { data: recipes } = await api.get(`/admin/recipes?limit=200`, await store.adminHeaders())
      const mozzarellaFor = (variantId: string) =>
        recipes.recipes
          .flatMap((recipe: { items: { variant_id: string; inventory_item_id: string; quantity: number }[] }) => recipe.items)
          .find((item: { variant_id: string; inventory_item_id: string }) => item.variant_id === variantId && item.inventory_item_id === kitItem.id).quantity
      expect(medium.recipe.ingredients).toEqual(expect.arrayContaining([{ name: "Mozzarella", quantity: mozzarellaFor(store.variant("margherita/M")), unit: "g" }]))
      expect(large.recipe.ingredients).toEqual(expect.arrayContaining([{ name: "Mozzarella", quantity: mozzarellaFor(store.variant("reine/L")), unit: "g" }]))
      expect(mozzarellaFor(store.variant("reine/L"))).not.toBe(mozzarellaFor(store.variant("margherita/M")))
      expect(medium.recipe.steps.length).toBeGreaterThan(0)
      expect(medium.recipe.bake_minutes).toEqual(expect.any(Number))
    })

    it("the delivery board gives the pizzeria's deliveries to take and on the road, with address, directions, phone and cash to collect", async () => {
      const order = await place(centre(), "delivery", [["margherita/M", 2]])
      const pickup = await place(centre(), "pickup", [["margherita/M", 1]])
      const elsewhere = await place(saintLeu(), "delivery", [["margherita/M", 2]], { address_1: "40 rue Saint-Leu", postal_code: "80000", city: "Amiens" })
      for (const ticket of [order, pickup, elsewhere]) {
        await move(ticket.ticketId, { to: "preparing" }, await store.adminHeaders())
        await move(ticket.ticketId, { to: "ready" }, await store.adminHeaders())
      }
      const board = async () => (await api.get(`/admin/pizzerias/${centre().id}/deliveries`, as.driver)).data.deliveries
      const [ready] = await board()
      expect(await board()).toHaveLength(1)
      expect(ready).toMatchObject({
        ticket_id: order.ticketId,
        status: "ready",
        display_id: order.displayId,
        customer: { name: "Test Client", phone: "+33600000000" },
        address: { line: "12 rue Delambre, 80000 Amiens" },
        to_collect: order.total,
        taken_by: null,
        mine: false,
      })
      expect(ready.directions_url).toBe("https://www.google.com/maps/dir/?api=1&destination=12%20rue%20Delambre%2C%2080000%20Amiens&travelmode=driving")
      expect((await settle(api.get(`/admin/pizzerias/${saintLeu().id}/deliveries`, as.driver))).data.code).toBe("other_pizzeria")
      expect((await settle(api.get(`/admin/pizzerias/${centre().id}/deliveries`, as.pizzaiolo))).data.code).toBe("forbidden_for_role")

      expect((await move(order.ticketId, { to: "out_for_delivery" }, as.driver)).status).toBe(200)
      const [onTheRoad] = await board()
      expect(onTheRoad).toMatchObject({ status: "out_for_delivery", taken_by: { name: "Karim Benali" }, mine: true })
      const { data: managerView } = await api.get(`/admin/pizzerias/${centre().id}/deliveries`, as.manager)
      expect(managerView.deliveries[0]).toMatchObject({ taken_by: { name: "Karim Benali" }, mine: false })

      const unpaid = await move(order.ticketId, { to: "delivered" }, as.driver)
      expect(unpaid.data.code).toBe("payment_not_recorded")
      expect((await move(order.ticketId, { to: "delivered", paid_with: "cash" }, as.driver)).status).toBe(200)
      expect(await board()).toEqual([])
      const { data: dashboard } = await api.get(`/admin/pizzerias/${centre().id}/dashboard`, as.manager)
      expect(dashboard.dashboard.cash_by_driver).toEqual([expect.objectContaining({ name: "Karim Benali", orders: 1, amount: order.total })])
      const { data: saintLeuBoard } = await api.get(`/admin/pizzerias/${saintLeu().id}/deliveries`, await store.adminHeaders())
      expect(saintLeuBoard.deliveries.map((delivery: { ticket_id: string }) => delivery.ticket_id)).toEqual([elsewhere.ticketId])
    })

    it("the counter finds a caller by number however it is typed, and sells from the pizzeria's live menu", async () => {
      for (const typed of ["06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678"]) {
        const { data } = await api.get(`/admin/pizzerias/${centre().id}/customers?phone=${encodeURIComponent(typed)}`, as.counter)
        expect(data.customers).toEqual([expect.objectContaining({ first_name: "Camille", last_name: "Martin", phone: "+33612345678" })])
        expect(data.customers[0].addresses[0]).toMatchObject({ address_1: "3 place Gambetta", postal_code: "80000" })
      }
      const { data: nobody } = await api.get(`/admin/pizzerias/${centre().id}/customers?phone=0699999999`, as.counter)
      expect(nobody.customers).toEqual([])
      const invalid = await settle(api.get(`/admin/pizzerias/${centre().id}/customers?phone=pizza`, as.counter))
      expect(invalid).toMatchObject({ status: 400, data: { code: "invalid_phone" } })

      const { data: menu } = await api.get(`/admin/pizzerias/${centre().id}/menu`, as.counter)
      const { data: storeMenu } = await api.get(`/store/menu?pizzeria_id=${centre().id}`, store.storeHeaders)
      expect(menu.items).toEqual(storeMenu.items)
      expect((await settle(api.get(`/admin/pizzerias/${saintLeu().id}/menu`, as.counter))).data.code).toBe("other_pizzeria")
      expect(await settle(api.get("/admin/pizzerias/sloc_none/menu", await store.adminHeaders()))).toMatchObject({ status: 404, data: { code: "pizzeria_not_found" } })
    })
  },
})
