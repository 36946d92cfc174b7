import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { beginOrderEditOrderWorkflow } from "@medusajs/medusa/core-flows"
import { repairAbandonedOrderEdits } from "../../src/orders/repair-abandoned-order-edits"
import { loadDemoStore, placeOrderAt, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { kitchenOf } from "../helpers/kitchen"
import { ingredientLevel } from "../helpers/stock"

jest.setTimeout(300_000)

/**
 * The order flows are composed workflows (backend/src/workflows/orders/modify-customer-order.ts,
 * convert-draft-order.ts, kitchen/transition-kitchen-ticket.ts): a failure injected deep inside
 * Medusa's part, after our stock check, must undo the whole flow and release its locks.
 * Failures are injected at a module method of the application's own container (the runner boots
 * the application in this process), once, so that the retry right after shows no lock was left.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })
    afterEach(() => jest.restoreAllMocks())

    const centre = () => store.pizzeria("Amiens Centre")
    const mozzarella = () => ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), centre().id)
    const injected = () => new Error("injected failure")

    it("an order change whose Medusa confirmation fails undoes the edit, the history line, the reservations and the locks", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 1]])
      const [ticket] = await kitchenOf(getContainer()).listKitchenTickets({ id: order.ticketId })
      const before = await mozzarella()
      const modify = () =>
        settle(
          api.post(
            `/store/orders/${order.orderId}/modify?token=${ticket.tracking_token}`,
            { items: [{ variant_id: store.variant("margherita/M"), quantity: 2 }] },
            store.storeHeaders
          )
        )

      // Medusa's confirmation reserves the new lines after it deleted the old reservations
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const reserve = jest.spyOn(inventory, "createReservationItems").mockRejectedValueOnce(injected())
      const failed = await modify()
      expect(reserve).toHaveBeenCalled()
      expect(failed.status).toBe(500)

      const orders = getContainer().resolve(Modules.ORDER)
      const [afterFailure] = await orders.listOrders({ id: order.orderId }, { relations: ["items"] })
      expect(afterFailure.items!.map((item) => Number(item.quantity))).toEqual([1])
      expect(await orders.listOrderChanges({ order_id: order.orderId, status: ["pending", "requested"] })).toEqual([])
      expect(await mozzarella()).toEqual(before)
      const history = await kitchenOf(getContainer()).listKitchenTicketEvents({ ticket_id: order.ticketId })
      expect(history.filter((event) => event.note?.startsWith("changed by the customer"))).toEqual([])

      // neither the ticket's, the order's nor the pizzeria's lock was left behind: the same change goes through at once
      const started = Date.now()
      const retried = await modify()
      expect(retried.status).toBe(200)
      expect(retried.data).toMatchObject({ changed: true })
      expect(Date.now() - started).toBeLessThan(4_000)
      expect((await mozzarella()).reserved).toBeGreaterThan(before.reserved)
    })

    it("an order change a killed process left open is cancelled once no run can hold it, and the order takes changes again; a manager's open edit is left alone", async () => {
      const container = getContainer()
      const order = await placeOrderAt(api, container, store, centre(), [["margherita/M", 1]])
      const [ticket] = await kitchenOf(container).listKitchenTickets({ id: order.ticketId })
      const modify = (quantity: number) =>
        settle(
          api.post(`/store/orders/${order.orderId}/modify?token=${ticket.tracking_token}`, { items: [{ variant_id: store.variant("margherita/M"), quantity }] }, store.storeHeaders)
        )
      const orders = container.resolve(Modules.ORDER)
      const open = (orderId: string) => orders.listOrderChanges({ order_id: orderId, status: ["pending", "requested"] })

      // the change the customer's flow opens, seen on a real change
      const opening = jest.spyOn(orders, "createOrderChange")
      expect((await modify(2)).data).toMatchObject({ changed: true })
      const opened = opening.mock.calls[0][0] as { description?: string; internal_note?: string; created_by?: string }
      opening.mockRestore()
      // a process killed between Medusa's "begin" and "confirm" leaves that change open (a SIGKILL undoes nothing)
      await beginOrderEditOrderWorkflow(container).run({
        input: { order_id: order.orderId, description: opened.description, internal_note: opened.internal_note, created_by: opened.created_by },
      })
      expect((await modify(3)).status).not.toBe(200)

      // a manager's edit begun in the admin on another order, still being worked on
      const other = await placeOrderAt(api, container, store, centre(), [["reine/M", 1]])
      expect((await settle(api.post(`/admin/order-edits`, { order_id: other.orderId }, await store.adminHeaders()))).status).toBe(200)

      // a fresh change may belong to a run still going: left alone
      expect(await repairAbandonedOrderEdits(container)).toEqual([])
      const later = new Date(Date.now() + 10 * 60_000)
      // so is one whose order is locked by a live run
      const locking = container.resolve(Modules.LOCKING)
      await locking.acquire(order.orderId, { ownerId: "a-live-run", expire: 30 })
      expect(await repairAbandonedOrderEdits(container, later)).toEqual([])
      await locking.release(order.orderId, { ownerId: "a-live-run" })

      expect(await repairAbandonedOrderEdits(container, later)).toEqual([order.orderId])
      expect(await open(order.orderId)).toEqual([])
      expect(await open(other.orderId)).toHaveLength(1)
      expect(await repairAbandonedOrderEdits(container, later)).toEqual([])

      const again = await modify(3)
      expect(again.status).toBe(200)
      expect(again.data).toMatchObject({ changed: true })
      const [changed] = await orders.listOrders({ id: order.orderId }, { relations: ["items"] })
      expect(changed.items!.map((item) => Number(item.quantity))).toEqual([3])
    })

    it("a change waiting too long for a ticket the kitchen holds is refused as started, and changes nothing", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 1]])
      const [ticket] = await kitchenOf(getContainer()).listKitchenTickets({ id: order.ticketId })
      const before = await mozzarella()
      const modify = () =>
        settle(
          api.post(
            `/store/orders/${order.orderId}/modify?token=${ticket.tracking_token}`,
            { items: [{ variant_id: store.variant("margherita/M"), quantity: 2 }] },
            store.storeHeaders
          )
        )
      // a lock held past the 5 s wait (a server that died holding it): "try again", nothing changed (backend/src/orders/order-busy.ts)
      const locking = getContainer().resolve(Modules.LOCKING)
      await locking.acquire(`kitchen-ticket:${order.ticketId}`, { ownerId: "a-kitchen-move", expire: 30 })
      const refused = await modify()
      await locking.release(`kitchen-ticket:${order.ticketId}`, { ownerId: "a-kitchen-move" })
      expect(refused.status).toBe(409)
      expect(refused.data).toMatchObject({ code: "order_busy", message: expect.stringMatching(/réessayez|try again/) })
      expect(await mozzarella()).toEqual(before)

      expect((await modify()).data).toMatchObject({ changed: true })
    })

    it("a customer's cancellation takes the ticket's lock around the kitchen move: refused while the kitchen holds it, done once free", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 1]])
      const [ticket] = await kitchenOf(getContainer()).listKitchenTickets({ id: order.ticketId })
      const before = await mozzarella()
      const cancel = () => settle(api.post(`/store/orders/${order.orderId}/cancel?token=${ticket.tracking_token}`, {}, store.storeHeaders))
      const locking = getContainer().resolve(Modules.LOCKING)
      await locking.acquire(`kitchen-ticket:${order.ticketId}`, { ownerId: "a-kitchen-move", expire: 30 })
      const refused = await cancel()
      await locking.release(`kitchen-ticket:${order.ticketId}`, { ownerId: "a-kitchen-move" })
      expect(refused.status).toBe(409)
      expect(refused.data).toMatchObject({ code: "order_busy" })
      expect(await mozzarella()).toEqual(before)

      const done = await cancel()
      expect(done.data).toEqual({ id: order.orderId, status: "cancelled" })
      expect((await mozzarella()).reserved).toBeLessThan(before.reserved)
      // the kitchen's own move finds it cancelled
      const started = await settle(api.post(`/admin/kitchen/tickets/${order.ticketId}/transition`, { to: "preparing" }, await store.adminHeaders()))
      expect(started.status).toBe(409)
    })

    it("a payment that cannot follow a confirmed change undoes the confirmation too", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 1]])
      const [ticket] = await kitchenOf(getContainer()).listKitchenTickets({ id: order.ticketId })
      const before = await mozzarella()

      // the last part of the flow: the pay-on-delivery session for the new total
      const payments = getContainer().resolve(Modules.PAYMENT)
      const session = jest.spyOn(payments, "createPaymentSession").mockRejectedValueOnce(injected())
      const failed = await settle(
        api.post(`/store/orders/${order.orderId}/modify?token=${ticket.tracking_token}`, { items: [{ variant_id: store.variant("reine/M"), quantity: 1 }] }, store.storeHeaders)
      )
      expect(session).toHaveBeenCalled()
      expect(failed.status).toBe(500)

      const orders = getContainer().resolve(Modules.ORDER)
      const [afterFailure] = await orders.listOrders({ id: order.orderId }, { relations: ["items"] })
      const lines = afterFailure.items!.filter((item) => Number(item.quantity) > 0).map((item) => [item.variant_id, Number(item.quantity)])
      expect(lines).toEqual([[store.variant("margherita/M"), 1]])
      expect(await mozzarella()).toEqual(before)

      // a checkout at the same pizzeria is not held up by a lock left behind
      const cartId = await preparePickupCart(api, store, centre(), [{ variant_id: store.variant("margherita/S"), quantity: 1 }])
      const started = Date.now()
      const placed = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect(placed.data.type).toBe("order")
      expect(Date.now() - started).toBeLessThan(4_000)
    })

    it("a change that frees stock and then fails on its payment keeps the pizzeria locked until the old reservations are back", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 2]])
      const [ticket] = await kitchenOf(getContainer()).listKitchenTickets({ id: order.ticketId })
      // a customer's cart for one more Margherita, made while there is mozzarella for it
      const cartId = await preparePickupCart(api, store, centre(), [{ variant_id: store.variant("margherita/M"), quantity: 1 }])
      // then nothing is left but what the order holds
      const held = (await mozzarella()).reserved
      await api.post(
        `/admin/stock-locations/${centre().id}/stock-movements`,
        { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: held, note: "test" },
        await store.adminHeaders()
      )

      // the order drops a pizza (freeing its mozzarella), and its payment fails a moment after the confirmation
      const payments = getContainer().resolve(Modules.PAYMENT)
      jest.spyOn(payments, "createPaymentSession").mockImplementationOnce(async () => {
        await new Promise((resolve) => setTimeout(resolve, 3_000))
        throw injected()
      })
      const change = settle(
        api.post(
          `/store/orders/${order.orderId}/modify?token=${ticket.tracking_token}`,
          { items: [{ variant_id: store.variant("margherita/M"), quantity: 1 }] },
          store.storeHeaders
        )
      )
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      // meanwhile the other customer orders: the freed mozzarella is not theirs until the change stands
      const checkout = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect((await change).status).toBe(500)
      expect(checkout.status).toBe(409)
      expect(checkout.data.code).toBe("insufficient_stock")
      const after = await mozzarella()
      expect(after.reserved).toBe(held)
      expect(after.reserved).toBeLessThanOrEqual(after.stocked)
    })

    it("a counter order whose conversion fails stays a draft, reserves nothing and leaves the pizzeria unlocked", async () => {
      const admin = await store.adminHeaders()
      const { data: draft } = await api.post(
        "/admin/draft-orders",
        {
          email: "comptoir@example.test",
          region_id: store.regionId,
          sales_channel_id: centre().sales_channel_id,
          items: [{ variant_id: store.variant("margherita/M"), quantity: 1 }],
          shipping_address: { first_name: "Client", last_name: "Comptoir", address_1: "1 rue de Test", city: "Amiens", postal_code: "80000", country_code: "fr" },
        },
        admin
      )
      const draftId = draft.draft_order.id as string
      const before = await mozzarella()

      const inventory = getContainer().resolve(Modules.INVENTORY)
      const reserve = jest.spyOn(inventory, "createReservationItems").mockRejectedValueOnce(injected())
      const failed = await settle(api.post(`/admin/draft-orders/${draftId}/convert-to-order`, {}, admin))
      expect(reserve).toHaveBeenCalled()
      expect(failed.status).toBe(500)
      const [stillDraft] = await getContainer().resolve(Modules.ORDER).listOrders({ id: draftId })
      expect(stillDraft.status).toBe("draft")
      expect(await mozzarella()).toEqual(before)

      const started = Date.now()
      const converted = await settle(api.post(`/admin/draft-orders/${draftId}/convert-to-order`, {}, admin))
      expect(converted.status).toBe(200)
      expect(Date.now() - started).toBeLessThan(4_000)
      expect((await mozzarella()).reserved).toBeGreaterThan(before.reserved)
    })

    it("a late cancellation that fails after the waste was recorded puts the ingredients back", async () => {
      const order = await placeOrderAt(api, getContainer(), store, centre(), [["margherita/M", 1]])
      const admin = await store.adminHeaders()
      const transition = (to: string, extra: Record<string, unknown> = {}) => settle(api.post(`/admin/kitchen/tickets/${order.ticketId}/transition`, { to, ...extra }, admin))
      expect((await transition("preparing")).status).toBe(200)
      const before = await mozzarella()

      // the history line is written after the waste
      const kitchen = kitchenOf(getContainer())
      const history = jest.spyOn(kitchen, "createKitchenTicketEvents").mockRejectedValueOnce(injected())
      const failed = await transition("cancelled", { note: "four en panne" })
      expect(history).toHaveBeenCalled()
      expect(failed.status).toBe(500)
      expect((await mozzarella()).stocked).toBe(before.stocked)
      const [ticket] = await kitchen.listKitchenTickets({ id: order.ticketId })
      expect(ticket.status).toBe("preparing")
      const { data: ledger } = await api.get(`/admin/stock-locations/${centre().id}/stock-movements?inventory_item_id=${store.inventoryItem("ING-MOZZARELLA")}&limit=5`, admin)
      expect(ledger.stock_movements.filter((movement: { type: string }) => movement.type === "waste")).toEqual([])
    })
  },
})
