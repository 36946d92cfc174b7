import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, settle, type DemoStore } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"
import { ingredientLevel } from "../helpers/stock"

jest.setTimeout(300_000)

const MINUTE = 60_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    const counterOrder = async (pizzeriaId: string, body: Record<string, unknown>) =>
      settle(api.post(`/admin/pizzerias/${pizzeriaId}/counter-orders`, body, await store.adminHeaders()))
    const pickup = (customer: Record<string, unknown>, variant = "margherita/M") => ({
      customer,
      items: [{ variant_id: store.variant(variant), quantity: 1 }],
      fulfilment: "pickup",
    })
    const customerNamed = async (id: string) => {
      const customer = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(id)
      return [customer.first_name, customer.last_name]
    }
    const ordersOf = async (customerId: string) =>
      (
        await getContainer()
          .resolve(Modules.ORDER)
          .listOrders({ customer_id: customerId }, { select: ["id"] })
      )
        .map((order) => order.id)
        .sort()
    const quote = async (pizzeriaId: string, query: string, headers?: { headers: { authorization: string } }) =>
      settle(api.get(`/admin/pizzerias/${pizzeriaId}/counter-quote?${query}`, headers ?? (await store.adminHeaders())))

    it("a second person at a known number gets an account and a history of their own; the first customer's name changes only when the clerk says it is them", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const first = await counterOrder(centre.id, pickup({ phone: "06 55 44 33 22", first_name: "Marie", last_name: "Lefèvre" }))
      expect(first.status).toBe(201)
      const marieId: string = first.data.order.customer_id

      const lookup = await settle(api.get(`/admin/pizzerias/${centre.id}/customers?phone=0655443322`, await store.adminHeaders()))
      expect(lookup.status).toBe(200)
      expect(lookup.data.customers).toEqual([expect.objectContaining({ id: marieId, first_name: "Marie", last_name: "Lefèvre" })])

      // Paul calls from the same landline: someone else at this number
      const paul = await counterOrder(centre.id, pickup({ phone: "+33 6 55 44 33 22", first_name: "Paul", last_name: "Lefèvre", another_person: true }, "reine/M"))
      expect(paul.status).toBe(201)
      expect(paul.data.customer_created).toBe(true)
      expect(paul.data.order.customer_id).not.toBe(marieId)
      expect(paul.data.order.shipping_address).toMatchObject({ first_name: "Paul", last_name: "Lefèvre" })
      expect(await customerNamed(marieId)).toEqual(["Marie", "Lefèvre"])
      expect(await ordersOf(marieId)).toEqual([first.data.order.id])
      expect(await ordersOf(paul.data.order.customer_id)).toEqual([paul.data.order.id])

      // both are found at the number now, the first one first
      const both = await settle(api.get(`/admin/pizzerias/${centre.id}/customers?phone=06.55.44.33.22`, await store.adminHeaders()))
      expect(both.data.customers.map((customer: { first_name: string }) => customer.first_name)).toEqual(["Marie", "Paul"])

      // Paul again, chosen in the list: his account, not Marie's
      const paulAgain = await counterOrder(centre.id, pickup({ phone: "0655443322", id: paul.data.order.customer_id, first_name: "Paul", last_name: "Lefèvre" }))
      expect(paulAgain.data).toMatchObject({ customer_created: false, order: { customer_id: paul.data.order.customer_id } })
      expect(await ordersOf(marieId)).toEqual([first.data.order.id])

      // a name typed for Marie's account without saying it is her: on the order only
      const spelled = await counterOrder(centre.id, pickup({ phone: "0655443322", id: marieId, first_name: "Marie-Claire", last_name: "Lefèvre" }))
      expect(spelled.status).toBe(201)
      expect(spelled.data.order).toMatchObject({ customer_id: marieId, shipping_address: { first_name: "Marie-Claire" } })
      expect(await customerNamed(marieId)).toEqual(["Marie", "Lefèvre"])
      // an order without a choice still goes to the number's first customer, under the name given, renaming nobody
      const unchosen = await counterOrder(centre.id, pickup({ phone: "0655443322", first_name: "Jules" }))
      expect(unchosen.data.order).toMatchObject({ customer_id: marieId, shipping_address: { first_name: "Jules" } })
      expect(await customerNamed(marieId)).toEqual(["Marie", "Lefèvre"])
      // without a name, the order carries the account's
      const nameless = await counterOrder(centre.id, pickup({ phone: "0655443322", id: marieId }))
      expect(nameless.data.order.shipping_address).toMatchObject({ first_name: "Marie", last_name: "Lefèvre" })

      // the clerk says it is Marie, who goes by Marie-Claire now: her account is renamed, Paul's is not
      const renamed = await counterOrder(centre.id, pickup({ phone: "0655443322", id: marieId, first_name: "Marie-Claire", last_name: "Lefèvre", update_name: true }))
      expect(renamed.status).toBe(201)
      expect(await customerNamed(marieId)).toEqual(["Marie-Claire", "Lefèvre"])
      expect(await customerNamed(paul.data.order.customer_id)).toEqual(["Paul", "Lefèvre"])
    })

    it("refuses a caller it cannot place, with a code, and a refused order renames nobody", async () => {
      const henriville = store.pizzeria("Henriville")
      const marie = await counterOrder(henriville.id, pickup({ phone: "0677665544", first_name: "Marie" }))
      const marieId: string = marie.data.order.customer_id
      const other = await counterOrder(henriville.id, pickup({ phone: "0677665500", first_name: "Zoé" }))

      const refusals: [Record<string, unknown>, number, string][] = [
        [{ phone: "0677665544", id: other.data.order.customer_id, first_name: "Zoé" }, 400, "customer_not_at_phone"],
        [{ phone: "0677665544", id: marieId, another_person: true, first_name: "Paul" }, 400, "caller_ambiguous"],
        [{ phone: "0677665544", another_person: true }, 400, "customer_name_required"],
        [{ phone: "0677665544", another_person: true, first_name: "Paul", update_name: true }, 400, "rename_needs_customer"],
        [{ phone: "0677665544", id: marieId, update_name: true }, 400, "rename_needs_customer"],
      ]
      for (const [customer, status, code] of refusals) {
        const refused = await counterOrder(henriville.id, pickup(customer))
        expect({ customer, status: refused.status, code: refused.data.code }).toEqual({ customer, status, code })
      }
      expect(await customerNamed(marieId)).toEqual(["Marie", null])
      expect(
        await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomers({ phone: "+33677665544" } as Record<string, unknown>)
      ).toHaveLength(1)

      // the kitchen runs out of mozzarella: the order is refused and the rename undone
      // (counted down to what the orders above reserved: nothing left for another)
      const { reserved } = await ingredientLevel(getContainer(), store.inventoryItem("ING-MOZZARELLA"), henriville.id)
      const counted = await settle(
        api.post(
          `/admin/stock-locations/${henriville.id}/stock-movements`,
          { inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), type: "count", quantity: reserved, note: "test" },
          await store.adminHeaders()
        )
      )
      expect(counted.status).toBeLessThan(300)
      const short = await counterOrder(henriville.id, pickup({ phone: "0677665544", id: marieId, first_name: "Marion", update_name: true }))
      // nothing left at all: Medusa's cart refuses the line itself, before the pizzeria's whole-cart check
      expect({ status: short.status, code: short.data.code }).toEqual({ status: 400, code: "insufficient_inventory" })
      expect(await customerNamed(marieId)).toEqual(["Marie", null])
    })

    it("quotes the pickup and delivery time from the kitchen's queue before the order, and confirms it after", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const before = Date.now()
      const empty = await quote(centre.id, "fulfilment=pickup")
      expect(empty.status).toBe(200)
      const ahead: number = empty.data.quote.orders_ahead
      // the order starts after those ahead (4 min each), then takes a preparation (15 min); a pickup is due when ready
      const readyIn = (Date.parse(empty.data.quote.ready_at) - before) / MINUTE
      expect(readyIn).toBeGreaterThan(ahead * 4 + 15 - 1)
      expect(readyIn).toBeLessThan(ahead * 4 + 15 + 1)
      expect(empty.data.quote).toMatchObject({ fulfilment: "pickup", eta: empty.data.quote.ready_at, ride_minutes: null })

      const placed = await counterOrder(centre.id, pickup({ phone: "0611223344", first_name: "Inès" }))
      expect(placed.status).toBe(201)
      // the time confirmed is the one quoted
      expect(Math.abs(Date.parse(placed.data.eta) - Date.parse(empty.data.quote.eta))).toBeLessThan(MINUTE)

      const next = await quote(centre.id, "fulfilment=pickup")
      expect(next.data.quote.orders_ahead).toBe(ahead + 1)
      expect(Date.parse(next.data.quote.ready_at) - Date.parse(empty.data.quote.ready_at)).toBeGreaterThanOrEqual(4 * MINUTE - 5_000)

      // a delivery adds the driver's wait, and the ride once the address is known
      const noAddress = await quote(centre.id, "fulfilment=delivery")
      expect(noAddress.data.quote.ride_minutes).toBeNull()
      expect(Date.parse(noAddress.data.quote.eta) - Date.parse(noAddress.data.quote.ready_at)).toBe(5 * MINUTE)
      const addressed = await quote(centre.id, `fulfilment=delivery&address_1=${encodeURIComponent("12 rue Delambre")}&postal_code=80000&city=Amiens`)
      expect(addressed.status).toBe(200)
      expect(addressed.data.quote.ride_minutes).toBeGreaterThan(0)
      expect(Date.parse(addressed.data.quote.eta) - Date.parse(addressed.data.quote.ready_at)).toBe((5 + addressed.data.quote.ride_minutes) * MINUTE)
    })

    it("refuses a quote it cannot give, with a code, and to a clerk of another pizzeria", async () => {
      const centre = store.pizzeria("Amiens Centre")
      for (const [query, status, code] of [
        ["", 400, "invalid_fulfilment"],
        ["fulfilment=takeaway", 400, "invalid_fulfilment"],
        // a known address, 50 km away
        [`fulfilment=delivery&address_1=${encodeURIComponent("1 place de la Gare")}&postal_code=80200&city=${encodeURIComponent("Péronne")}`, 422, "outside_delivery_area"],
      ] as const) {
        const refused = await quote(centre.id, query)
        expect({ query, status: refused.status, code: refused.data.code }).toEqual({ query, status, code })
        expect(refused.data.message).toEqual(expect.any(String))
      }
      expect((await quote("sloc_nope", "fulfilment=pickup")).data).toMatchObject({ code: "pizzeria_not_found" })

      // the demo clerk works at Amiens Centre only
      const clerk = await signIn(api, "comptoir@oc-pizza.test")
      expect((await quote(centre.id, "fulfilment=pickup", clerk)).status).toBe(200)
      expect((await quote(store.pizzeria("Henriville").id, "fulfilment=pickup", clerk)).status).toBe(403)
    })
  },
})
