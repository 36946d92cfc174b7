import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { restoreMissingReservations } from "../../src/orders/restore-missing-reservations"
import { loadDemoStore, placeOrderAt, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { ticketsOf } from "../helpers/kitchen"
import { killMidCheckout } from "../helpers/kill-mid-checkout"
import { ingredientLevel } from "../helpers/stock"
import { startSecondServer, stopSecondServers } from "../helpers/second-server"

jest.setTimeout(300_000)

// What a killed process leaves is repaired in seconds here, not minutes: its stock lock expires
// after 10 s (60 s by default) and the repair jobs of src/jobs run every two seconds (every minute
// by default), in the runner's application and the server it kills (which inherits this environment).
process.env.OCP_STOCK_LOCK_EXPIRE_SECONDS = "10"
process.env.OCP_REPAIR_JOBS_SCHEDULE = "*/2 * * * * *"
/** The README's promise ("Crash safety"): the pizzeria takes orders again within two minutes of the crash. */
const RECOVERY_MS = 120_000

/**
 * A server process killed (power cut, OOM, deploy gone wrong) while customers
 * press "order": afterwards every cart has either its whole order or nothing,
 * reservations match the orders, and the pizzeria takes orders again.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })
    afterAll(stopSecondServers)

    it("an order a cut-short checkout left without reservations gets them back, once it has settled", async () => {
      const container = getContainer()
      const { orderId } = await placeOrderAt(api, container, store, store.pizzeria("Amiens Centre"), [
        ["margherita/M", 2],
        ["reine/L", 1],
      ])
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
      const mozzarella = async () => (await ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), pizzeria.id)).reserved
      const reservedBefore = await mozzarella()
      const carts: string[] = []
      for (let i = 0; i < 12; i++) carts.push(await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("margherita/M"), quantity: 1 }]))

      const doomed = await startSecondServer(dbConfig.clientUrl)
      // pulled the moment some customers have their order and other carts are still being completed
      const { answers, killedAt } = await killMidCheckout(doomed, carts, store.storeHeaders)
      const withinRecovery = () => Date.now() - killedAt < RECOVERY_MS

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: carts } })
      const orders = links.map((link) => link.order_id as string)
      // orders were made and carts were interrupted: the checks below are about both
      expect(orders.length).toBeGreaterThanOrEqual(2)
      const interrupted = carts.filter((cartId) => !links.some((link) => link.cart_id === cartId))
      expect(interrupted.length).toBeGreaterThanOrEqual(1)
      // every customer told "order placed" has that order
      const told = answers.filter((answer) => answer.status === 200 && answer.data.type === "order").map((answer) => (answer.data.order as { id: string }).id)
      expect(told.length).toBeGreaterThanOrEqual(2)
      expect(orders).toEqual(expect.arrayContaining(told))
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
      expect(await ticketsOf(getContainer(), orders, RECOVERY_MS - (Date.now() - killedAt))).toHaveLength(orders.length)

      // and every order holds its ingredients, even one killed between Medusa's "create order" and "reserve" steps (the minute job)
      let reserved = await mozzarella()
      while (reserved !== reservedBefore + 120 * orders.length && withinRecovery()) {
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        reserved = await mozzarella()
      }
      expect(reserved).toBe(reservedBefore + 120 * orders.length)

      // the pizzeria takes orders again once the dead process's stock lock has expired and been cleared
      const fresh = await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      let retried = await settle(api.post(`/store/carts/${fresh}/complete`, {}, store.storeHeaders))
      while (retried.status !== 200 && withinRecovery()) {
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        retried = await settle(api.post(`/store/carts/${fresh}/complete`, {}, store.storeHeaders))
      }
      expect(retried.data.type).toBe("order")
      expect(Date.now() - killedAt).toBeLessThan(RECOVERY_MS)
    })
  },
})
