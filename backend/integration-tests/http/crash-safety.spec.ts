import axios from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { KITCHEN_MODULE } from "../../src/modules/kitchen"
import type KitchenModuleService from "../../src/modules/kitchen/service"
import { restoreMissingReservations } from "../../src/orders/restore-missing-reservations"
import { loadDemoStore, placeOrderAt, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { startSecondServer } from "../helpers/second-server"

// the dead process's locks expire (60 s) before the minute job clears them
jest.setTimeout(420_000)

/**
 * A server process killed (power cut, OOM, deploy gone wrong) while customers
 * press "order": afterwards every cart has either its whole order or nothing,
 * reservations match the orders, and the pizzeria takes orders again.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore
    const kitchen = () => getContainer().resolve<KitchenModuleService>(KITCHEN_MODULE)

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    it("an order a cut-short checkout left without reservations gets them back, once it has settled", async () => {
      const container = getContainer()
      const { orderId } = await placeOrderAt(api, container, store, store.pizzeria("Amiens Centre"), [["margherita/M", 2], ["reine/L", 1]])
      const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
      const lineIds = (orders[0].items ?? []).map((item) => item!.id)
      const inventory = container.resolve(Modules.INVENTORY)
      const shape = (rows: { line_item_id?: string | null; inventory_item_id: string; location_id: string; quantity: unknown }[]) =>
        rows.map((row) => `${row.line_item_id}/${row.inventory_item_id}/${row.location_id}/${Number(row.quantity)}`).sort()
      const made = await inventory.listReservationItems({ line_item_id: lineIds })
      expect(made.length).toBeGreaterThan(2)
      // what a process killed between Medusa's "create order" and "reserve" steps leaves
      await inventory.deleteReservationItems(made.map((reservation) => reservation.id))

      // a fresh order may still be reserving: left alone
      expect(await restoreMissingReservations(container)).toEqual([])
      const later = new Date(Date.now() + 60_000)
      expect(await restoreMissingReservations(container, later)).toEqual([orderId])
      expect(shape(await inventory.listReservationItems({ line_item_id: lineIds }))).toEqual(shape(made))
      expect(await restoreMissingReservations(container, later)).toEqual([])
    })

    it("a server killed mid-checkout leaves whole orders or none, and the pizzeria recovers", async () => {
      const pizzeria = store.pizzeria("Saint-Leu")
      const mozzarella = async () => {
        const [level] = await getContainer()
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), location_id: pizzeria.id })
        return Number(level.reserved_quantity)
      }
      const reservedBefore = await mozzarella()
      const carts: string[] = []
      for (let i = 0; i < 12; i++) carts.push(await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("margherita/M"), quantity: 1 }]))

      const doomed = await startSecondServer(dbConfig.clientUrl)
      const doomedApi = axios.create({ baseURL: doomed.url })
      const answers = carts.map((cartId) => settle(doomedApi.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)).catch(() => ({ status: 0, data: {} })))
      // let the first completions commit and others be half-way, then pull the plug
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      doomed.process.kill("SIGKILL")
      await Promise.all(answers)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: carts } })
      const orders = links.map((link) => link.order_id as string)
      const { data: cartRows } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: carts } })
      // a cart is completed exactly when it has its order
      for (const cart of cartRows) expect(!!cart.completed_at).toBe(links.some((link) => link.cart_id === cart.id))

      // the reservations held are those of the orders made, no orphan from a killed run
      const { data: reservations } = await query.graph({ entity: "reservation", fields: ["line_item_id", "quantity", "inventory_item_id"], filters: { location_id: pizzeria.id } })
      const { data: lines } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orders } })
      const orderLineIds = new Set(lines.flatMap((order) => (order.items ?? []).map((item) => item!.id)))
      const mozzarellaReservations = reservations.filter((reservation) => reservation.inventory_item_id === store.inventoryItem("ING-MOZZARELLA"))
      expect(mozzarellaReservations.every((reservation) => orderLineIds.has(reservation.line_item_id as string))).toBe(true)

      // every order reaches the kitchen, even one whose "order placed" event died with the process
      let ticketed = 0
      for (let waited = 0; waited < 90_000 && ticketed < orders.length; waited += 1_000) {
        ticketed = (await kitchen().listKitchenTickets({ order_id: orders })).length
        if (ticketed < orders.length) await new Promise((resolve) => setTimeout(resolve, 1_000))
      }
      expect(ticketed).toBe(orders.length)

      // and every order holds its ingredients, even one killed between Medusa's "create order" and "reserve" steps (the minute job)
      let reserved = await mozzarella()
      for (let waited = 0; waited < 120_000 && reserved !== reservedBefore + 120 * orders.length; waited += 2_000) {
        await new Promise((resolve) => setTimeout(resolve, 2_000))
        reserved = await mozzarella()
      }
      expect(reserved).toBe(reservedBefore + 120 * orders.length)

      // the pizzeria takes orders again once the dead process's stock lock has expired and been cleared
      const interrupted = carts.filter((cartId) => !links.some((link) => link.cart_id === cartId))
      expect(interrupted.length).toBeGreaterThan(0)
      const fresh = await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      let retried = await settle(api.post(`/store/carts/${fresh}/complete`, {}, store.storeHeaders))
      for (let waited = 0; retried.status !== 200 && waited < 180_000; waited += 2_000) {
        await new Promise((resolve) => setTimeout(resolve, 2_000))
        retried = await settle(api.post(`/store/carts/${fresh}/complete`, {}, store.storeHeaders))
      }
      expect(retried.data.type).toBe("order")
    })
  },
})
