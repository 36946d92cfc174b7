import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import seedDemo from "../../src/scripts/seed-demo"
import { STOREFRONT_KEY_TITLE } from "../../src/demo/markers"

jest.setTimeout(240_000)

type Pizzeria = { id: string; name: string; sales_channel_id: string; location: { lat: number; lng: number } | null }
type Variant = { title: string; inventory_quantity: number }

medusaIntegrationTestRunner({
  // the seed itself is under test: it starts from an empty store
  emptyStore: true,
  testSuite: ({ api, getContainer }) => {
    let key: string

    beforeAll(async () => {
      const container = getContainer()
      await seedDemo({ container, args: [] })
      const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      key = apiKey.token
    })

    const store = (path: string) => api.get(path, { headers: { "x-publishable-api-key": key } })

    async function bufalaAt(pizzeria: Pizzeria): Promise<Record<string, number>> {
      const { data } = await store(`/store/products?handle=bufala&sales_channel_id=${pizzeria.sales_channel_id}&fields=id,*variants,+variants.inventory_quantity`)
      return Object.fromEntries((data.products[0].variants as Variant[]).map((variant) => [variant.title.split(" ")[0], variant.inventory_quantity]))
    }

    it("creates five pizzerias, each one stock location with its own sales channel", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name", "sales_channels.id"] })
      expect(locations).toHaveLength(5)
      const channelIds = locations.map((location) => {
        expect(location.sales_channels).toHaveLength(1)
        return location.sales_channels![0]!.id
      })
      expect(new Set(channelIds).size).toBe(5)

      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: channelIds } })
      for (const channel of channels) expect(channel.stock_locations).toHaveLength(1)
    })

    it("serves the pizzerias with the one storefront key, and refuses requests without it", async () => {
      const { data } = await store("/store/pizzerias")
      const pizzerias = data.pizzerias as Pizzeria[]
      expect(pizzerias.map((pizzeria) => pizzeria.name)).toEqual(["OC Pizza Amiens Centre", "OC Pizza Dury", "OC Pizza Henriville", "OC Pizza Longueau", "OC Pizza Saint-Leu"])
      for (const pizzeria of pizzerias) {
        expect(pizzeria.id).toMatch(/^sloc_/)
        expect(pizzeria.location).toEqual({ lat: expect.any(Number), lng: expect.any(Number) })
      }

      const refused = await api.get("/store/pizzerias").catch((error: { response: { status: number } }) => error.response)
      expect(refused.status).toBe(400)
    })

    it("puts the whole menu, with VAT-inclusive euro prices, in every pizzeria's channel", async () => {
      const { data } = await store("/store/pizzerias")
      const { data: regions } = await store("/store/regions")
      expect(regions.regions.map((region: { name: string; currency_code: string }) => [region.name, region.currency_code])).toEqual([["France", "eur"]])
      for (const pizzeria of data.pizzerias as Pizzeria[]) {
        const { data: products } = await store(`/store/products?sales_channel_id=${pizzeria.sales_channel_id}&limit=100&fields=id`)
        expect(products.count).toBe(23)
      }
      const { data: margherita } = await store(`/store/products?handle=margherita&region_id=${regions.regions[0].id}&fields=*variants.calculated_price`)
      const prices = margherita.products[0].variants.map(
        (variant: { title: string; calculated_price: { calculated_amount: number; is_calculated_price_tax_inclusive: boolean } }) => [
          variant.title,
          variant.calculated_price.calculated_amount,
          variant.calculated_price.is_calculated_price_tax_inclusive,
        ]
      )
      expect(prices).toEqual(
        expect.arrayContaining([
          ["Petite (26 cm)", 8.5, true],
          ["Moyenne (30 cm)", 10.5, true],
          ["Grande (34 cm)", 13.5, true],
        ])
      )
    })

    it("makes a pizza's availability follow the pizzeria's ingredient stock", async () => {
      const { data } = await store("/store/pizzerias")
      const pizzerias = data.pizzerias as Pizzeria[]
      const centre = pizzerias.find((pizzeria) => pizzeria.name.endsWith("Amiens Centre"))!
      const saintLeu = pizzerias.find((pizzeria) => pizzeria.name.endsWith("Saint-Leu"))!

      // 60 g of buffalo mozzarella left at Saint-Leu: not even a small Bufala (80 g)
      expect(await bufalaAt(saintLeu)).toEqual({ Petite: 0, Moyenne: 0, Grande: 0 })
      // Amiens Centre has 4500 g: buffalo mozzarella is the limit, 4500 / 80, / 110, / 150
      expect(await bufalaAt(centre)).toEqual({ Petite: 56, Moyenne: 40, Grande: 30 })

      const container = getContainer()
      const [bufala] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: "ING-MOZZA-BUFALA" })
      await updateInventoryLevelsWorkflow(container).run({
        input: { updates: [{ inventory_item_id: bufala.id, location_id: saintLeu.id, stocked_quantity: 500 }] },
      })
      expect(await bufalaAt(saintLeu)).toEqual({ Petite: 6, Moyenne: 4, Grande: 3 })
      // Amiens Centre's stock is its own
      expect(await bufalaAt(centre)).toEqual({ Petite: 56, Moyenne: 40, Grande: 30 })
    })

    it("offers only pay on delivery without Stripe, and refuses a card session in words", async () => {
      const { data: regions } = await store("/store/regions")
      const region = regions.regions[0]
      const { data } = await store(`/store/payment-providers?region_id=${region.id}`)
      expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toEqual(["pp_system_default"])

      const headers = { headers: { "x-publishable-api-key": key } }
      const { data: pizzerias } = await store("/store/pizzerias")
      const { data: cart } = await api.post("/store/carts", { region_id: region.id, sales_channel_id: pizzerias.pizzerias[0].sales_channel_id }, headers)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers)
      const refused = await api
        .post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, headers)
        .catch((error: { response: unknown }) => error.response as { status: number; data: unknown })
      expect(refused.status).toBe(422)
      expect(refused.data).toMatchObject({ code: "payment_method_unavailable", message: expect.stringContaining("pp_system_default") })
    })

    it("does not load the demo twice", async () => {
      const container = getContainer()
      await seedDemo({ container, args: [] })
      const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
      const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
      expect(locations).toHaveLength(5)
      expect(products).toHaveLength(23)
    })
  },
})
