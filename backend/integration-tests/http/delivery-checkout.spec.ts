import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_ZONING_MODULE, upsertDeliveryZoneWorkflow, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { loadDemoStore, settle, type DemoStore } from "../helpers/demo-store"

jest.setTimeout(300_000)

const zoneThenFail = createWorkflow("test-save-zone-then-fail", (input: Parameters<typeof upsertDeliveryZoneWorkflow.runAsStep>[0]["input"]) => {
  const saved = upsertDeliveryZoneWorkflow.runAsStep({ input })
  createStep("test-dispatch-screen-offline", async () => {
    throw new Error("dispatch screen offline")
  })()
  return new WorkflowResponse(saved)
})

// addresses of the demo gazetteer (backend/demo-data/zones.json), placed without Google
const address = (address_1: string, postal_code: string, city: string) => ({
  first_name: "Camille",
  last_name: "Martin",
  address_1,
  postal_code,
  city,
  country_code: "fr",
  phone: "+33612345678",
})
const DELAMBRE = address("12 rue Delambre", "80000", "Amiens") // Centre-ville: 2.00 €, from 15 €, free from 35 €
const HALAGE = address("1 chemin de Halage", "80000", "Amiens") // Amiens Métropole: 4.50 €, from 25 €
const PERONNE = address("1 place de la Gare", "80200", "Péronne") // outside every zone

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const zoning = () => getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    /** A cart at a pizzeria with a delivery address, and the pizzeria's delivery option. */
    async function deliveryCart(pizzeria: string, shipping_address: ReturnType<typeof address>, lines: [string, number][]) {
      const { sales_channel_id } = store.pizzeria(pizzeria)
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: store.regionId,
          sales_channel_id,
          email: "camille.martin@example.test",
          shipping_address,
          items: lines.map(([variant, quantity]) => ({ variant_id: store.variant(variant), quantity })),
        },
        store.storeHeaders
      )
      const cartId = data.cart.id as string
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store.storeHeaders)
      const delivery = options.shipping_options.find((option: { name: string }) => option.name === "Livraison")
      return { cartId, deliveryOptionId: delivery.id as string }
    }
    const chooseDelivery = (cartId: string, optionId: string) =>
      settle(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId, data: { fee: 0, zone_id: "forged" } }, store.storeHeaders))
    const cartOf = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart
    async function complete(cartId: string) {
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store.storeHeaders)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store.storeHeaders)
      return settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
    }

    it("prices delivery by the address's zone, ignores what the browser sends, and follows the free-delivery threshold", async () => {
      const { cartId, deliveryOptionId } = await deliveryCart("Amiens Centre", DELAMBRE, [["margherita/M", 2]])
      const { data: quoted } = await api.post(`/store/shipping-options/${deliveryOptionId}/calculate`, { cart_id: cartId }, store.storeHeaders)
      expect(quoted.shipping_option.amount).toBe(2)

      expect((await chooseDelivery(cartId, deliveryOptionId)).status).toBe(200)
      const [method] = await getContainer().resolve(Modules.CART).listShippingMethods({ cart_id: cartId })
      expect(method).toMatchObject({ amount: 2, data: {} })

      // 21 € + 15.50 € = 36.50 €: above the 35 € threshold, delivery becomes free
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: store.variant("reine/L"), quantity: 1 }, store.storeHeaders)
      expect((await cartOf(cartId)).shipping_methods).toMatchObject([{ amount: 0 }])

      const { status, data } = await complete(cartId)
      expect(status).toBe(200)
      expect(data.type).toBe("order")
      expect(data.order).toMatchObject({ item_total: 36.5, shipping_total: 0, total: 36.5 })
    })

    it("refuses delivery below the zone's minimum when it is chosen, and an order that fell below it since, saying how much is missing", async () => {
      const { cartId, deliveryOptionId } = await deliveryCart("Amiens Centre", DELAMBRE, [["margherita/S", 1]])
      const chosen = await chooseDelivery(cartId, deliveryOptionId)
      expect(chosen.status).toBe(422)
      expect(chosen.data).toMatchObject({ code: "below_min_order", details: { min_order: 15, missing: 6.5 } })

      // two Margheritas reach the minimum; back to one once delivery is chosen, the order is refused
      const [line] = (await cartOf(cartId)).items
      await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 2 }, store.storeHeaders)
      expect((await chooseDelivery(cartId, deliveryOptionId)).status).toBe(200)
      await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 1 }, store.storeHeaders)
      const { status, data } = await complete(cartId)
      expect(status).toBe(422)
      expect(data).toMatchObject({ code: "below_min_order", details: { min_order: 15, missing: 6.5 } })
      // French unless the request asks otherwise, with French typography's no-break spaces
      expect(data.message.replace(/\s/g, " ")).toBe("La livraison commence à 15,00 € ; il manque 6,50 €.")
      expect((await cartOf(cartId)).completed_at).toBeNull()
    })

    it("when the address changes, the fee follows it, and an address out of the zones loses the delivery", async () => {
      const { cartId, deliveryOptionId } = await deliveryCart("Amiens Centre", DELAMBRE, [["quatre-fromages/L", 2]])
      await chooseDelivery(cartId, deliveryOptionId)
      expect((await cartOf(cartId)).shipping_methods).toMatchObject([{ amount: 2 }])

      await api.post(`/store/carts/${cartId}`, { shipping_address: HALAGE }, store.storeHeaders)
      expect((await cartOf(cartId)).shipping_methods).toMatchObject([{ amount: 4.5 }])

      await api.post(`/store/carts/${cartId}`, { shipping_address: PERONNE }, store.storeHeaders)
      expect((await cartOf(cartId)).shipping_methods).toEqual([])
      const { status, data } = await complete(cartId)
      // the storefront asks the customer to choose again: delivery is no longer offered there
      expect(status).toBe(400)
      expect(data.message).toBe("No shipping method selected but the cart contains items that require shipping.")
      expect((await cartOf(cartId)).completed_at).toBeNull()
    })

    it("choosing delivery to an address the pizzeria does not serve: 422 outside_delivery_area, unless the chain's key lets another pizzeria take it", async () => {
      const outside = await deliveryCart("Amiens Centre", PERONNE, [["margherita/L", 2]])
      expect((await chooseDelivery(outside.cartId, outside.deliveryOptionId)).data).toMatchObject({ code: "outside_delivery_area" })
      // Longueau delivers by postcode (80330, 80440), not the centre of Amiens: with Longueau's own key, refused
      const elsewhere = await deliveryCart("Longueau", DELAMBRE, [["margherita/L", 2]])
      const { data: keys } = await api.get("/admin/pizzerias", await store.adminHeaders())
      const longueauKey = keys.pizzerias.find((pizzeria: { name: string }) => pizzeria.name.endsWith("Longueau")).publishable_key.token
      const refused = await settle(
        api.post(`/store/carts/${elsewhere.cartId}/shipping-methods`, { option_id: elsewhere.deliveryOptionId }, { headers: { "x-publishable-api-key": longueauKey } })
      )
      expect(refused.status).toBe(422)
      expect(refused.data.code).toBe("outside_delivery_area")
      // with the chain's key, the cart goes to the pizzeria that delivers it, with that pizzeria's delivery (2 €)
      const moved = await chooseDelivery(elsewhere.cartId, elsewhere.deliveryOptionId)
      expect(moved.status).toBe(200)
      expect(moved.data.cart).toMatchObject({ sales_channel_id: store.pizzeria("Amiens Centre").sales_channel_id })
      expect((await cartOf(elsewhere.cartId)).shipping_methods).toMatchObject([{ amount: 2 }])
    })

    it("prices by the address, never by coordinates sent along with it", async () => {
      // Péronne is outside every zone, whatever point the browser claims
      const forged = { ...PERONNE, metadata: { latitude: 49.8921, longitude: 2.3005 } }
      const { cartId, deliveryOptionId } = await deliveryCart("Amiens Centre", forged as typeof PERONNE, [["margherita/L", 2]])
      const { status, data } = await chooseDelivery(cartId, deliveryOptionId)
      expect(status).toBe(422)
      expect(data.code).toBe("outside_delivery_area")
    })

    it("rechecks at completion: a zone switched off meanwhile refuses the order and names who delivers there", async () => {
      const { cartId, deliveryOptionId } = await deliveryCart("Saint-Leu", address("5 rue du Don", "80000", "Amiens"), [["reine/L", 2]])
      await chooseDelivery(cartId, deliveryOptionId)
      expect((await cartOf(cartId)).shipping_methods).toMatchObject([{ amount: 2.5 }])
      const [zone] = await zoning().listDeliveryZones({ stock_location_id: store.pizzeria("Saint-Leu").id })
      await zoning().updateDeliveryZones({ selector: { id: zone.id }, data: { is_active: false } })
      try {
        const { status, data } = await complete(cartId)
        expect(status).toBe(422)
        expect(data).toMatchObject({ code: "outside_delivery_area", details: { delivered_by: store.pizzeria("Amiens Centre").id } })
      } finally {
        await zoning().updateDeliveryZones({ selector: { id: zone.id }, data: { is_active: true } })
      }
    })

    it("rechecks at completion: a fee changed since the customer chose delivery is not charged silently", async () => {
      const { cartId, deliveryOptionId } = await deliveryCart("Amiens Centre", DELAMBRE, [["reine/M", 2]])
      await chooseDelivery(cartId, deliveryOptionId)
      const [zone] = await zoning().listDeliveryZones({ name: "Centre-ville" })
      await zoning().updateDeliveryZones({ selector: { id: zone.id }, data: { fee: 3 } })
      try {
        const { status, data } = await complete(cartId)
        expect(status).toBe(409)
        expect(data).toMatchObject({ code: "delivery_fee_changed", details: { fee: 3, charged: 2 } })
      } finally {
        await zoning().updateDeliveryZones({ selector: { id: zone.id }, data: { fee: 2 } })
      }
    })

    it("refuses any order, pickup too, while the pizzeria is closed", async () => {
      const centre = store.pizzeria("Amiens Centre")
      const { cartId, deliveryOptionId } = await deliveryCart("Amiens Centre", DELAMBRE, [["reine/L", 2]])
      await chooseDelivery(cartId, deliveryOptionId)
      const [service] = await zoning().listServiceLocations({ stock_location_id: centre.id })
      const [closure] = await zoning().createServiceClosures([
        { service_location_id: service.id, starts_at: new Date(Date.now() - 60_000), ends_at: new Date(Date.now() + 3_600_000), reason: "Inventaire" },
      ])
      try {
        const { status, data } = await complete(cartId)
        expect(status).toBe(409)
        expect(data).toMatchObject({ code: "pizzeria_closed", details: { stock_location_id: centre.id } })
        expect(data.details.next_opening_at).toBeTruthy()
      } finally {
        await zoning().deleteServiceClosures(closure.id)
      }
      expect((await complete(cartId)).status).toBe(200)
    })

    describe("managing zones", () => {
      const post = async (path: string, body: unknown) => settle(api.post(path, body, await store.adminHeaders()))
      const base = (overrides: Record<string, unknown>) => ({
        stock_location_id: store.pizzeria("Dury").id,
        name: "Test",
        kind: "polygon",
        fee: 3,
        min_order: 20,
        ...overrides,
      })

      it("refuses bad zones with a 400 naming the problem, and saves nothing", async () => {
        const before = (await zoning().listDeliveryZones({})).length
        const bowTie = await post(
          "/admin/delivery-zones",
          base({
            polygon: {
              type: "Polygon",
              coordinates: [
                [
                  [2.26, 49.84],
                  [2.28, 49.86],
                  [2.28, 49.84],
                  [2.26, 49.86],
                  [2.26, 49.84],
                ],
              ],
            },
          })
        )
        expect(bowTie.status).toBe(400)
        expect(bowTie.data).toMatchObject({ code: "invalid_zone", message: expect.stringMatching(/outer ring.*crosses itself/) })
        const open = await post(
          "/admin/delivery-zones",
          base({
            polygon: {
              type: "Polygon",
              coordinates: [
                [
                  [2.26, 49.84],
                  [2.28, 49.86],
                  [2.28, 49.84],
                ],
              ],
            },
          })
        )
        expect(open.data.message).toMatch(/not closed/)
        const lat = await post(
          "/admin/delivery-zones",
          base({
            polygon: {
              type: "Polygon",
              coordinates: [
                [
                  [2.26, 49.84],
                  [2.28, 99],
                  [2.28, 49.84],
                  [2.26, 49.84],
                ],
              ],
            },
          })
        )
        expect(lat.data.message).toMatch(/latitude 99 is outside/)
        const noCodes = await post("/admin/delivery-zones", base({ kind: "postcodes", postal_codes: [] }))
        expect(noCodes.data).toMatchObject({ code: "invalid_zone", details: { fields: ["postal_codes"] } })
        const unknown = await post("/admin/delivery-zones", base({ stock_location_id: "sloc_nope", kind: "radius", radius_km: 2 }))
        expect(unknown.data).toMatchObject({ code: "no_stock_location" })
        const negative = await post("/admin/delivery-zones", base({ kind: "radius", radius_km: 2, fee: -1 }))
        expect(negative.status).toBe(400)
        expect(negative.data.message).toMatch(/fee/)
        expect((await zoning().listDeliveryZones({})).length).toBe(before)
      })

      it("creates, edits, lists and deletes a zone; a radius is centred on the pizzeria by default", async () => {
        const dury = store.pizzeria("Dury")
        const created = await post("/admin/delivery-zones", base({ kind: "radius", radius_km: 4, name: "Grand Dury" }))
        expect(created.status).toBe(201)
        expect(created.data.delivery_zone).toMatchObject({ center_lat: 49.8478, center_lng: 2.2702, radius_km: 4, fee: 3 })
        const id = created.data.delivery_zone.id

        await post(`/admin/delivery-zones/${id}`, { is_active: false })
        // an edit changes what it names, nothing else (no default sneaks back in)
        const edited = await post(`/admin/delivery-zones/${id}`, { priority: 5, free_delivery_threshold: 30 })
        expect(edited.data.delivery_zone).toMatchObject({ priority: 5, free_delivery_threshold: 30, radius_km: 4, min_order: 20, is_active: false })
        const badEdit = await post(`/admin/delivery-zones/${id}`, { kind: "polygon" })
        expect(badEdit.data).toMatchObject({ code: "invalid_zone", details: { fields: ["polygon"] } })

        const { data: listed } = await api.get(`/admin/delivery-zones?stock_location_id=${dury.id}`, await store.adminHeaders())
        expect(listed.delivery_zones.map((zone: { name: string }) => zone.name)).toEqual(["Grand Dury", "Dury", "Saleux, Salouël"])

        const { data: removed } = await api.delete(`/admin/delivery-zones/${id}`, await store.adminHeaders())
        expect(removed).toMatchObject({ id, deleted: true })
        expect((await settle(api.get(`/admin/delivery-zones/${id}`, await store.adminHeaders()))).status).toBe(404)
      })

      it("a zone save that fails later in the workflow leaves nothing behind", async () => {
        const before = (await zoning().listDeliveryZones({})).length
        const { errors } = await zoneThenFail(getContainer()).run({
          throwOnError: false,
          input: { zone: base({ kind: "postcodes", postal_codes: ["80480"], name: "Half saved" }) as never },
        })
        expect(errors[0].error.message).toBe("dispatch screen offline")
        expect((await zoning().listDeliveryZones({})).length).toBe(before)
      })

      it("service hours: read, replaced, and bad times refused", async () => {
        const dury = store.pizzeria("Dury")
        const path = `/admin/stock-locations/${dury.id}/service-hours`
        const bad = await post(path, { latitude: 49.85, longitude: 2.27, opening_hours: { mon: [["25:00", "26:00"]] } })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/HH:MM/)
        const saved = await post(path, {
          latitude: 49.8478,
          longitude: 2.2702,
          opening_hours: { mon: [["11:00", "14:00"]] },
          closures: [{ starts_at: "2027-02-01T00:00:00+01:00", ends_at: "2027-02-02T00:00:00+01:00", reason: "Congés" }],
        })
        expect(saved.status).toBe(200)
        expect(saved.data.service_hours).toMatchObject({ opening_hours: { mon: [["11:00", "14:00"]] }, closures: [{ reason: "Congés" }] })
        const { data } = await api.get(path, await store.adminHeaders())
        expect(data.service_hours.closures).toHaveLength(1)
        expect((await settle(api.get("/admin/stock-locations/sloc_nope/service-hours", await store.adminHeaders()))).status).toBe(404)
      })
    })
  },
})
