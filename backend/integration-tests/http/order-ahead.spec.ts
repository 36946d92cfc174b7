import axios from "axios"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { demo } from "../../src/demo/data"
import { fireScheduledTickets } from "../../src/jobs/fire-scheduled-tickets"
import { dayStart, localDay } from "../../src/slots/slot-times"
import { readSlotRules } from "../../src/slots/read-slot-rules"
import { openBookedTicket } from "../../src/workflows/kitchen/steps/create-kitchen-ticket"
import { transitionKitchenTicketWorkflow } from "../../src/workflows/kitchen/transition-kitchen-ticket"
import { checkoutLockKey, unlessCheckoutRuns } from "../../src/orders/checkout-lock"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { kitchenOf, ticketOf } from "../helpers/kitchen"
import { startSecondServer, type SecondServer } from "../helpers/second-server"
import { loadDemoStore, OPEN_ALL_WEEK, prepareDeliveryCart, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"
import { ingredientLevel } from "../helpers/stock"
import { until } from "../helpers/wait"

jest.setTimeout(300_000)

const PARIS = "Europe/Paris"
/** The demo's recipe quantity of an ingredient in a size of a pizza, read from the demo data rather than written twice. */
const recipeGramsOf = (handle: string, sku: string, size: "S" | "M" | "L") =>
  demo.pizzas.find((pizza) => pizza.handle === handle)!.ingredients[sku]?.[["S", "M", "L"].indexOf(size)] ?? 0
const MINUTE = 60_000

/** A quarter hour of tomorrow, Paris time: always inside the seven days offered and past any lead time. */
function tomorrowAt(hours: number, minutes = 0): Date {
  const day = localDay(new Date(Date.now() + 24 * 60 * MINUTE), PARIS)
  return new Date(dayStart(day, PARIS)!.getTime() + (hours * 60 + minutes) * MINUTE)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore
    let second: SecondServer

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      // a second server, as behind a load balancer, whose jobs run every two seconds: a scheduled ticket's
      // fire time meets two processes running the job
      second = await startSecondServer(dbConfig.clientUrl, { OCP_REPAIR_JOBS_SCHEDULE: "*/2 * * * * *" })
    })
    afterAll(async () => {
      await second?.kill()
    })

    const zoning = () => getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    const margheritas = (quantity: number) => [{ variant_id: store.variant("margherita/S"), quantity }]
    const setCapacity = async (pizzeriaId: string, pizzas: number | null, extra: Record<string, unknown> = {}) =>
      api.post(`/admin/pizzerias/${pizzeriaId}/capacity`, { pizzas_per_slot: pizzas, ...extra }, await store.adminHeaders())
    const bookSlot = (cartId: string, at: Date | null) => settle(api.post(`/store/carts/${cartId}/slot`, { scheduled_for: at?.toISOString() ?? null }, store.storeHeaders))
    const complete = (cartId: string, client = api) => settle(client.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
    const slotsOf = (pizzeriaId: string, query = "fulfilment=pickup") => settle(api.get(`/store/pizzerias/${pizzeriaId}/slots?${query}`, store.storeHeaders))
    const bookedView = async (pizzeriaId: string, day: string) => (await api.get(`/admin/pizzerias/${pizzeriaId}/slots?date=${day}`, await store.adminHeaders())).data

    /** A pickup order booked for `at`: its id, ticket and tracking token. */
    async function scheduledOrder(pizzeria: { id: string; sales_channel_id: string }, at: Date, pizzas = 1) {
      const cartId = await preparePickupCart(api, store, pizzeria, margheritas(pizzas))
      expect((await bookSlot(cartId, at)).status).toBe(200)
      const placed = await complete(cartId)
      expect(placed.status).toBe(200)
      const ticket = await ticketOf(getContainer(), placed.data.order.id)
      return { orderId: placed.data.order.id as string, ticket }
    }

    it("lists seven days of quarter hours from the lead time on, and refuses what it does not offer with clear codes", async () => {
      const centre = store.pizzeria("Amiens Centre")
      await setCapacity(centre.id, 12, { pickup_lead_minutes: 20, delivery_lead_minutes: 30 })
      const before = Date.now()
      const { status, data } = await slotsOf(centre.id)
      expect(status).toBe(200)
      expect(data).toMatchObject({ pizzeria_id: centre.id, fulfilment: "pickup", timezone: PARIS, asap: { available: true } })
      expect(data.days).toHaveLength(7)
      const first = new Date(data.days.find((day: { slots: unknown[] }) => day.slots.length).slots[0].starts_at)
      expect(first.getTime()).toBeGreaterThanOrEqual(before + 20 * MINUTE)
      expect(first.getTime()).toBeLessThan(before + 36 * MINUTE)
      expect(first.getUTCMinutes() % 15).toBe(0)
      const delivery = await slotsOf(centre.id, "fulfilment=delivery")
      expect(new Date(delivery.data.days.find((day: { slots: unknown[] }) => day.slots.length).slots[0].starts_at).getTime()).toBeGreaterThanOrEqual(before + 30 * MINUTE)

      expect((await slotsOf(centre.id, "fulfilment=boat")).status).toBe(400)
      expect((await slotsOf("sloc_nowhere")).data).toMatchObject({ code: "pizzeria_not_found" })

      const cartId = await preparePickupCart(api, store, centre, margheritas(1))
      const odd = await bookSlot(cartId, new Date(tomorrowAt(19, 30).getTime() + 5 * MINUTE))
      expect(odd).toMatchObject({ status: 400, data: { code: "slot_invalid" } })
      const soon = await bookSlot(cartId, new Date(Math.ceil((Date.now() + 5 * MINUTE) / (15 * MINUTE)) * 15 * MINUTE))
      expect(soon).toMatchObject({ status: 422, data: { code: "slot_too_soon" } })
      const far = await bookSlot(cartId, new Date(tomorrowAt(19).getTime() + 9 * 24 * 60 * MINUTE))
      expect(far).toMatchObject({ status: 422, data: { code: "slot_closed" } })
      const french = await settle(api.post(`/store/carts/${cartId}/slot`, { scheduled_for: "demain" }, store.storeHeaders))
      expect(french.status).toBe(400)
      expect((await bookSlot(cartId, tomorrowAt(19, 30))).status).toBe(200)
      expect((await api.get(`/store/carts/${cartId}/slot`, store.storeHeaders)).data.slot).toEqual({ cart_id: cartId, scheduled_for: tomorrowAt(19, 30).toISOString() })
      expect((await bookSlot(cartId, null)).status).toBe(200)
      expect((await api.get(`/store/carts/${cartId}/slot`, store.storeHeaders)).data.slot.scheduled_for).toBeNull()
    })

    it("places a scheduled order that waits as scheduled, states its slot, and books the kitchen's capacity", async () => {
      const dury = store.pizzeria("Dury")
      await setCapacity(dury.id, 3)
      const at = tomorrowAt(19, 30)
      // a booking is a promise: its ingredients are held from the moment it is placed, and the menu's counts leave them out
      const mozzarella = store.inventoryItem("ING-MOZZARELLA")
      const each = recipeGramsOf("margherita", "ING-MOZZARELLA", "S")
      const before = await ingredientLevel(getContainer(), mozzarella, dury.id)
      const count = async (quantity: number) =>
        api.post(`/admin/stock-locations/${dury.id}/stock-movements`, { inventory_item_id: mozzarella, type: "count", quantity, note: "test" }, await store.adminHeaders())
      const makeable = async () => {
        const { data } = await api.get(`/store/menu/availability?pizzeria_id=${dury.id}`, store.storeHeaders)
        const variants = (data.items as { variants: { id: string; makeable: number | null }[] }[]).flatMap((item) => item.variants)
        return variants.find((variant) => variant.id === store.variant("margherita/S"))?.makeable
      }
      // room for exactly five Margheritas S of mozzarella
      await count(before.reserved + 5 * each)
      const { orderId, ticket } = await (async () => {
        try {
          expect(await makeable()).toBe(5)
          const placed = await scheduledOrder(dury, at, 2)
          expect((await ingredientLevel(getContainer(), mozzarella, dury.id)).reserved - before.reserved).toBe(2 * each)
          expect(await makeable()).toBe(3)
          return placed
        } finally {
          await count(before.stocked)
        }
      })()
      expect(ticket).toMatchObject({ status: "scheduled", pizzas: 2 })
      expect(new Date(ticket.scheduled_for!).toISOString()).toBe(at.toISOString())
      expect(new Date(ticket.fire_at!).toISOString()).toBe(new Date(at.getTime() - 15 * MINUTE).toISOString())

      const { data: tracking } = await api.get(`/store/orders/${orderId}/tracking?token=${ticket.tracking_token}`, store.storeHeaders)
      expect(tracking).toMatchObject({ status: "scheduled", scheduled_for: at.toISOString(), eta: at.toISOString(), eta_basis: "slot" })

      const day = localDay(at, PARIS)
      const view = await bookedView(dury.id, day)
      expect(view.slots.find((slot: { starts_at: string }) => slot.starts_at === at.toISOString())).toEqual({ starts_at: at.toISOString(), booked: 2, capacity: 3, orders: 1 })
      // two pizzas no longer fit in the slot: not offered for them, still for one
      const offered = async (pizzas: number) =>
        (await slotsOf(dury.id, `fulfilment=pickup&pizzas=${pizzas}`)).data.days.flatMap((d: { slots: { starts_at: string }[] }) => d.slots.map((slot) => slot.starts_at))
      expect(await offered(2)).not.toContain(at.toISOString())
      expect(await offered(1)).toContain(at.toISOString())
      const cartId = await preparePickupCart(api, store, dury, margheritas(2))
      expect(await bookSlot(cartId, at)).toMatchObject({ status: 409, data: { code: "slot_full" } })
    })

    it("lets exactly the capacity through when 50 customers race for 10 pizzas, across two server processes", async () => {
      const longueau = store.pizzeria("Longueau")
      await setCapacity(longueau.id, 10)
      const at = tomorrowAt(20)
      const carts: string[] = []
      for (let i = 0; i < 50; i++) {
        const cartId = await preparePickupCart(api, store, longueau, margheritas(1))
        expect((await bookSlot(cartId, at)).status).toBe(200)
        carts.push(cartId)
      }
      const other = axios.create({ baseURL: second.url })
      const answers = await Promise.all(carts.map((cartId, index) => complete(cartId, index % 2 ? other : api)))
      // counted by outcome, so a failure says what the others got
      const outcomes: Record<string, number> = {}
      for (const answer of answers) {
        const outcome = `${answer.status} ${answer.data.code ?? answer.data.type}`
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      }
      // exactly the capacity; every other customer refused with nothing ordered: the slot is full, or, at the tail of a
      // burst of fifty on a loaded machine, the pizzeria's stock lock was busy for longer than its wait (a "try again",
      // which would then meet the full slot)
      expect({ orders: outcomes["200 order"], outcomes }).toMatchObject({ orders: 10 })
      expect(Object.keys(outcomes).filter((outcome) => !["200 order", "409 slot_full", "409 stock_busy"].includes(outcome))).toEqual([])
      expect(outcomes["409 slot_full"]).toBeGreaterThan(0)
      const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
      const refused = answers.filter((answer) => answer.status === 409 && answer.data.code === "slot_full")
      expect(refused[0].data.message).toMatch(/complet|full/)

      const tickets = await kitchenOf(getContainer()).listKitchenTickets({ stock_location_id: longueau.id, capacity_slot_at: at })
      expect(
        tickets
          .filter((ticket) => ticket.status !== "cancelled")
          .map((ticket) => ticket.order_id)
          .sort()
      ).toEqual(orders.map((answer) => answer.data.order.id).sort())
      expect((await bookedView(longueau.id, localDay(at, PARIS))).slots.find((slot: { starts_at: string }) => slot.starts_at === at.toISOString())).toMatchObject({
        booked: 10,
        orders: 10,
      })
      // a refused customer's cart is still a cart: nothing was ordered for it
      const loser = carts[answers.findIndex((answer) => answer.status === 409)]
      expect((await api.get(`/store/carts/${loser}`, store.storeHeaders)).data.cart.completed_at).toBeNull()
    })

    it("never lets two bookings read the same last room: 30 tickets opened at once for 10 pizzas", async () => {
      const henriville = store.pizzeria("Henriville")
      await setCapacity(henriville.id, 10)
      const at = tomorrowAt(22, 15)
      const rules = await readSlotRules(getContainer(), henriville.id)
      const open = (n: number) =>
        openBookedTicket(getContainer(), {
          order_id: `order_race_${n}`,
          stock_location_id: henriville.id,
          kind: "pickup",
          pizzas: 1,
          scheduled_for: at,
          enforce_slot: true,
          rules,
        }).then(
          () => "booked",
          (error: { code?: string }) => error.code
        )
      const outcomes = await Promise.all(Array.from({ length: 30 }, (_, n) => open(n)))
      expect(outcomes.filter((outcome) => outcome === "booked")).toHaveLength(10)
      expect(outcomes.filter((outcome) => outcome === "slot_full")).toHaveLength(20)
      const booked = await kitchenOf(getContainer()).listKitchenTickets({ stock_location_id: henriville.id, capacity_slot_at: at })
      expect(booked).toHaveLength(10)
      await kitchenOf(getContainer()).deleteKitchenTickets(booked.map((ticket) => ticket.id))
    })

    it("keeps the repair that opens lost tickets away from an order whose checkout still runs", async () => {
      const dury = store.pizzeria("Dury")
      const cartId = await preparePickupCart(api, store, dury, margheritas(1))
      const placed = await complete(cartId)
      const orderId = placed.data.order.id as string
      const locking = getContainer().resolve<ILockingModule>(Modules.LOCKING)
      // a checkout of that cart in flight: it holds the cart's checkout lock until its ticket is decided
      await locking.acquire(checkoutLockKey(cartId), { ownerId: "a-checkout", expire: 30 })
      let ran = false
      expect(await unlessCheckoutRuns(getContainer(), orderId, async () => (ran = true))).toBeUndefined()
      expect(ran).toBe(false)
      await locking.release(checkoutLockKey(cartId), { ownerId: "a-checkout" })
      expect(await unlessCheckoutRuns(getContainer(), orderId, async () => (ran = true))).toBe(true)
    })

    it("fires a scheduled ticket into the queue once, with two processes running the job", async () => {
      const saintLeu = store.pizzeria("Saint-Leu")
      const { ticket } = await scheduledOrder(saintLeu, tomorrowAt(21))
      expect(ticket.status).toBe("scheduled")
      // its fire time comes: the second server's job (every 2 s) and this process race for it
      await kitchenOf(getContainer()).updateKitchenTickets({ id: ticket.id, fire_at: new Date(Date.now() - MINUTE) })
      const fired = (await Promise.all([fireScheduledTickets(getContainer()), fireScheduledTickets(getContainer())])).flat()
      expect(fired.length).toBeLessThanOrEqual(1)
      await until("the ticket received", async () => (await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status === "received")
      // the job keeps running on the second server: still one line
      await new Promise((resolve) => setTimeout(resolve, 4_000))
      const events = await kitchenOf(getContainer()).listKitchenTicketEvents({ ticket_id: ticket.id }, { order: { at: "ASC" } })
      expect(events.map((event) => event.status)).toEqual(["scheduled", "received"])
    })

    it("releases the capacity and the stock when the customer cancels before the fire time", async () => {
      const henriville = store.pizzeria("Henriville")
      await setCapacity(henriville.id, 1)
      const at = tomorrowAt(19, 45)
      const { orderId, ticket } = await scheduledOrder(henriville, at)
      const full = await slotsOf(henriville.id)
      expect(full.data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots.map((slot) => slot.starts_at))).not.toContain(at.toISOString())
      const reserved = await getContainer().resolve("inventory").listReservationItems({ location_id: henriville.id })

      const cancelled = await settle(api.post(`/store/orders/${orderId}/cancel?token=${ticket.tracking_token}`, {}, store.storeHeaders))
      expect(cancelled.status).toBe(200)
      expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status).toBe("cancelled")
      const after = await getContainer().resolve("inventory").listReservationItems({ location_id: henriville.id })
      expect(after.length).toBeLessThan(reserved.length)
      const free = await slotsOf(henriville.id)
      expect(free.data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots.map((slot) => slot.starts_at))).toContain(at.toISOString())
    })

    it("keeps a scheduled order's slot through a change within capacity, and refuses pizzas the slot has no room for", async () => {
      const centre = store.pizzeria("Amiens Centre")
      await setCapacity(centre.id, 3)
      const at = tomorrowAt(18, 15)
      const { orderId, ticket } = await scheduledOrder(centre, at)
      const modify = (quantity: number) => settle(api.post(`/store/orders/${orderId}/modify?token=${ticket.tracking_token}`, { items: margheritas(quantity) }, store.storeHeaders))
      expect((await modify(2)).status).toBe(200)
      expect(await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).toMatchObject({ status: "scheduled", pizzas: 2 })
      await scheduledOrder(centre, at)
      expect(await modify(3)).toMatchObject({ status: 409, data: { code: "slot_full" } })
      expect(await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).toMatchObject({ status: "scheduled", pizzas: 2 })
    })

    it("takes an order for tomorrow while the pizzeria is closed, and flags it when a closure later covers its slot", async () => {
      const dury = store.pizzeria("Dury")
      const [service] = await zoning().listServiceLocations({ stock_location_id: dury.id })
      const [closedNow] = await zoning().createServiceClosures([
        { service_location_id: service.id, starts_at: new Date(Date.now() - MINUTE), ends_at: tomorrowAt(12), reason: "Nuit" },
      ])
      try {
        const { data } = await slotsOf(dury.id)
        expect(data.asap.available).toBe(false)
        const first = data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots)[0]
        expect(first.starts_at).toBe(tomorrowAt(12).toISOString())

        const asap = await preparePickupCart(api, store, dury, margheritas(1))
        expect((await complete(asap)).data).toMatchObject({ code: "pizzeria_closed" })
        const at = tomorrowAt(19, 30)
        const { orderId, ticket } = await scheduledOrder(dury, at)
        expect(ticket.status).toBe("scheduled")

        const [late] = await zoning().createServiceClosures([{ service_location_id: service.id, starts_at: tomorrowAt(19), ends_at: tomorrowAt(21), reason: "Panne du four" }])
        const view = await bookedView(dury.id, localDay(at, PARIS))
        expect(view.orders_in_closed_slots).toContainEqual(expect.objectContaining({ order_id: orderId, scheduled_for: at.toISOString(), kind: "pickup" }))
        expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status).toBe("scheduled")
        // a cart that chose 20:00 before the closure: checkout checks the slot again and refuses it, nothing ordered
        const chosenBefore = await preparePickupCart(api, store, dury, margheritas(1))
        await zoning().deleteServiceClosures(late.id)
        expect((await bookSlot(chosenBefore, tomorrowAt(20))).status).toBe(200)
        const [again] = await zoning().createServiceClosures([{ service_location_id: service.id, starts_at: tomorrowAt(19), ends_at: tomorrowAt(21), reason: "Panne du four" }])
        const refused = await complete(chosenBefore)
        expect([refused.status, refused.data.code]).toEqual([422, "slot_closed"])
        expect((await api.get(`/store/carts/${chosenBefore}`, store.storeHeaders)).data.cart.completed_at).toBeNull()
        await zoning().deleteServiceClosures(again.id)
      } finally {
        await zoning().deleteServiceClosures(closedNow.id)
        await zoning().updateServiceLocations({ id: service.id, opening_hours: OPEN_ALL_WEEK })
      }
    })

    it("during a rush pause offers only the slots after it, and takes an order booked for one", async () => {
      const henriville = store.pizzeria("Henriville")
      const admin = await store.adminHeaders()
      await api.post(`/admin/pizzerias/${henriville.id}/online-orders`, { paused: true, minutes: 60, reason: "rush" }, admin)
      try {
        const { data } = await slotsOf(henriville.id)
        expect(data.asap.available).toBe(false)
        const first = new Date(data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots)[0].starts_at)
        expect(first.getTime()).toBeGreaterThanOrEqual(Date.now() + 59 * MINUTE)
        const asap = await preparePickupCart(api, store, henriville, margheritas(1))
        expect((await complete(asap)).data).toMatchObject({ code: "online_orders_paused" })
        const { ticket } = await scheduledOrder(henriville, tomorrowAt(13))
        expect(ticket.status).toBe("scheduled")
      } finally {
        await api.post(`/admin/pizzerias/${henriville.id}/online-orders`, { paused: false }, admin)
      }
    })

    it("moves an order as soon as possible to the first quarter with room", async () => {
      const saintLeu = store.pizzeria("Saint-Leu")
      await setCapacity(saintLeu.id, 2)
      const placed = []
      for (let i = 0; i < 3; i++) {
        const cartId = await preparePickupCart(api, store, saintLeu, margheritas(1))
        const { data } = await complete(cartId)
        placed.push(await ticketOf(getContainer(), data.order.id))
      }
      const slots = placed.map((ticket) => new Date(ticket.capacity_slot_at!).getTime())
      expect(new Set(slots).size).toBeGreaterThan(1)
      const last = placed[2]
      expect(new Date(last.estimated_ready_at!).getTime()).toBeGreaterThanOrEqual(new Date(last.capacity_slot_at!).getTime())
      expect(last.status).toBe("received")
    })

    it("lets the counter book a slot for a caller, from the slots it is offered, and refuses one without room", async () => {
      const henriville = store.pizzeria("Henriville")
      const admin = await store.adminHeaders()
      await setCapacity(henriville.id, 2)
      const at = tomorrowAt(12, 30)
      const offered = await api.get(`/admin/pizzerias/${henriville.id}/bookable-slots?fulfilment=pickup&pizzas=2`, admin)
      expect(offered.data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots.map((slot) => slot.starts_at))).toContain(at.toISOString())
      const order = (quantity: number) =>
        settle(
          api.post(
            `/admin/pizzerias/${henriville.id}/counter-orders`,
            { customer: { phone: "0622334455", first_name: "Lucie" }, items: margheritas(quantity), fulfilment: "pickup", scheduled_for: at.toISOString() },
            admin
          )
        )
      const booked = await order(2)
      expect(booked.status).toBe(201)
      expect(booked.data.eta).toBe(at.toISOString())
      const ticket = await ticketOf(getContainer(), booked.data.order.id)
      expect(ticket).toMatchObject({ status: "scheduled", pizzas: 2 })
      expect(await order(1)).toMatchObject({ status: 409, data: { code: "slot_full" } })
    })

    it("lets a manager set the capacity with day parts, and refuses settings that make no sense", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const admin = await store.adminHeaders()
      const set = await settle(
        api.post(`/admin/pizzerias/${centre.id}/capacity`, { pizzas_per_slot: 8, day_parts: [{ from: "19:00", to: "21:00", pizzas: 14 }], pickup_lead_minutes: 15 }, admin)
      )
      expect(set.status).toBe(200)
      expect(set.data.capacity).toEqual({ pizzas_per_slot: 8, day_parts: [{ from: "19:00", to: "21:00", pizzas: 14 }], delivery_lead_minutes: 30, pickup_lead_minutes: 15 })
      expect((await api.get(`/admin/pizzerias/${centre.id}/capacity`, admin)).data.capacity.pizzas_per_slot).toBe(8)
      expect((await settle(api.post(`/admin/pizzerias/${centre.id}/capacity`, { pizzas_per_slot: -1 }, admin))).status).toBe(400)
      expect((await settle(api.post(`/admin/pizzerias/${centre.id}/capacity`, { pizzas_per_slot: 5, day_parts: [{ from: "19:10", to: "21:00", pizzas: 3 }] }, admin))).status).toBe(
        400
      )
      expect((await settle(api.get(`/admin/pizzerias/sloc_nowhere/capacity`, admin))).status).toBe(404)
      // a day with the shape of a date and no place in the calendar is refused, never searched for
      for (const day of ["2026-02-30", "2026-13-01", "0000-01-01"]) {
        expect((await settle(api.get(`/admin/pizzerias/${centre.id}/slots?date=${day}`, admin))).status).toBe(400)
      }
      const view = await bookedView(centre.id, localDay(tomorrowAt(19), PARIS))
      expect(view.slots.find((slot: { starts_at: string }) => slot.starts_at === tomorrowAt(19, 30).toISOString())?.capacity).toBe(14)
      expect(view.slots.find((slot: { starts_at: string }) => slot.starts_at === tomorrowAt(18, 30).toISOString())?.capacity).toBe(8)
    })

    it("books a delivery for 20:30: it fires before its ride and takes the oven of the quarter its pizzas leave in, which a pickup then finds full", async () => {
      const centre = store.pizzeria("Amiens Centre")
      await setCapacity(centre.id, 2)
      try {
        const at = tomorrowAt(20, 30)
        const cartId = await prepareDeliveryCart(api, store, centre, margheritas(2))
        expect((await bookSlot(cartId, at)).status).toBe(200)
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        const ticket = await ticketOf(getContainer(), placed.data.order.id)
        expect(ticket).toMatchObject({ status: "scheduled", kind: "delivery", pizzas: 2 })
        expect(new Date(ticket.scheduled_for as Date).toISOString()).toBe(at.toISOString())
        // out of the oven before the driver's wait and the ride (15 minutes guessed, then the address's own)
        expect(new Date(ticket.capacity_slot_at as Date).toISOString()).toBe(tomorrowAt(20).toISOString())
        expect(new Date(ticket.fire_at as Date).getTime()).toBeLessThanOrEqual(at.getTime() - 20 * MINUTE)

        const view = await bookedView(centre.id, localDay(at, PARIS))
        expect(view.slots.find((slot: { starts_at: string }) => slot.starts_at === tomorrowAt(20).toISOString())).toMatchObject({ booked: 2, capacity: 2 })
        // a pickup at 20:00 meets that full oven; one at 20:30 does not
        const pickups = (await slotsOf(centre.id)).data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots.map((slot) => slot.starts_at))
        expect(pickups).not.toContain(tomorrowAt(20).toISOString())
        expect(pickups).toContain(at.toISOString())
        const pickupCart = await preparePickupCart(api, store, centre, margheritas(1))
        expect((await bookSlot(pickupCart, tomorrowAt(20))).data.code).toBe("slot_full")
      } finally {
        await setCapacity(centre.id, null)
      }
    })

    it("lets the customer move a booked order to another quarter with room until its fire time, and frees the one it leaves", async () => {
      const dury = store.pizzeria("Dury")
      await setCapacity(dury.id, 1)
      try {
        const { orderId, ticket } = await scheduledOrder(dury, tomorrowAt(19))
        await scheduledOrder(dury, tomorrowAt(19, 15))
        const move = (at: Date | string, token: string | null = ticket.tracking_token) =>
          settle(api.post(`/store/orders/${orderId}/slot${token ? `?token=${token}` : ""}`, { scheduled_for: typeof at === "string" ? at : at.toISOString() }, store.storeHeaders))
        const offered = async () => (await slotsOf(dury.id)).data.days.flatMap((day: { slots: { starts_at: string }[] }) => day.slots.map((slot) => slot.starts_at)) as string[]
        expect(await offered()).not.toContain(tomorrowAt(19).toISOString())

        expect((await move(tomorrowAt(19, 15))).data.code).toBe("slot_full")
        expect((await move(tomorrowAt(19, 7))).data.code).toBe("slot_invalid")
        expect((await move(new Date(Date.now() + 5 * MINUTE))).data.code).toMatch(/slot_(too_soon|invalid)/)
        expect((await move(tomorrowAt(19, 30), null)).status).toBe(404)
        expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).scheduled_for).toEqual(ticket.scheduled_for)

        const moved = await move(tomorrowAt(19, 30))
        expect(moved.status).toBe(200)
        expect(moved.data.scheduled_for).toBe(tomorrowAt(19, 30).toISOString())
        const after = await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)
        expect(new Date(after.fire_at as Date).getTime() - new Date(ticket.fire_at as Date).getTime()).toBe(30 * MINUTE)
        expect(new Date(after.capacity_slot_at as Date).toISOString()).toBe(tomorrowAt(19, 30).toISOString())
        // the quarter it left is offered again, the one it took no longer
        const now = await offered()
        expect(now).toContain(tomorrowAt(19).toISOString())
        expect(now).not.toContain(tomorrowAt(19, 30).toISOString())
        const events = await kitchenOf(getContainer()).listKitchenTicketEvents({ ticket_id: ticket.id }, { order: { at: "ASC" } })
        expect(events.at(-1)?.note).toMatch(/^moved by the customer/)

        // the same slot again moves nothing and writes no history line
        expect((await move(tomorrowAt(19, 30))).status).toBe(200)
        expect(await kitchenOf(getContainer()).listKitchenTicketEvents({ ticket_id: ticket.id })).toHaveLength(events.length)

        // into a manager's rush pause: refused as a new booking is
        const admin = await store.adminHeaders()
        await api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: true, minutes: 60, reason: "rush" }, admin)
        try {
          const soon = new Date(Math.ceil((Date.now() + 30 * MINUTE) / (15 * MINUTE)) * 15 * MINUTE)
          expect((await move(soon)).data.code).toBe("online_orders_paused")
        } finally {
          await api.post(`/admin/pizzerias/${dury.id}/online-orders`, { paused: false }, admin)
        }

        // its fire time come, before the minute job took it: the time is the kitchen's already
        await kitchenOf(getContainer()).updateKitchenTickets({ id: ticket.id, fire_at: new Date(Date.now() - MINUTE) })
        expect((await move(tomorrowAt(20))).data.code).toBe("preparation_started")
        await fireScheduledTickets(getContainer())
        expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status).toBe("received")
        expect((await move(tomorrowAt(20))).data.code).toBe("preparation_started")
      } finally {
        await setCapacity(dury.id, null)
      }
    })

    it("leaves a ticket whose fire time moved after the job listed it: the fire checks it again under the ticket's lock", async () => {
      const { ticket } = await scheduledOrder(store.pizzeria("Henriville"), tomorrowAt(18))
      // the job listed it a moment ago, as of now; the customer has moved it to tomorrow evening since
      const { errors } = await transitionKitchenTicketWorkflow(getContainer()).run({
        input: { ticket_id: ticket.id, to: "received", actor: null, due_by: new Date().toISOString() },
        throwOnError: false,
      })
      expect((errors[0]?.error as { code?: string })?.code).toBe("not_due")
      expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status).toBe("scheduled")
    })

    // last: firing as of tomorrow noon sends every order due by then to its kitchen
    it("fires a booked order when the kitchen's clock is moved to its fire time through the API, once, and not a minute before", async () => {
      const saintLeu = store.pizzeria("Saint-Leu")
      const { ticket } = await scheduledOrder(saintLeu, tomorrowAt(12))
      const fireAt = new Date(ticket.fire_at as Date)
      expect(fireAt.getTime()).toBeLessThan(tomorrowAt(12).getTime())
      const admin = await store.adminHeaders()
      const fire = async (at: Date, headers = admin) => settle(api.post("/admin/kitchen/scheduled/fire", { at: at.toISOString() }, headers))

      const early = await fire(new Date(fireAt.getTime() - MINUTE))
      expect(early.status).toBe(200)
      expect(early.data.fired).not.toContain(ticket.id)
      expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status).toBe("scheduled")

      const due = await fire(fireAt)
      expect(due.data.fired).toContain(ticket.id)
      expect((await kitchenOf(getContainer()).retrieveKitchenTicket(ticket.id)).status).toBe("received")
      expect((await fire(fireAt)).data.fired).toEqual([])
      // every pizzeria's queue at once: the chain's admins only; a time that is not one is refused
      expect((await fire(fireAt, await signIn(api, "manager@oc-pizza.test"))).status).toBe(403)
      expect((await settle(api.post("/admin/kitchen/scheduled/fire", { at: "tomorrow" }, admin))).status).toBe(400)
    })
  },
})
