import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, type DemoStore } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"
import { ingredientLevel } from "../helpers/stock"

jest.setTimeout(300_000)

/**
 * Medusa's own storefront (the dtc-starter's Next.js app) knows nothing of
 * pizzerias: these tests make its calls, through the js-sdk as it does, with
 * the chain's key and with one pizzeria's key, and place orders.
 */

// what the starter asks of the product list, trailing comma included
const STARTER_PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*variants.images,*variants.options,+metadata,+tags,"

// addresses of the demo gazetteer (backend/demo-data/zones.json), placed without Google
const person = { first_name: "Camille", last_name: "Martin", phone: "+33612345678", country_code: "fr", address_2: "", company: "", province: "" }
const CAGNY = { ...person, address_1: "30 rue de Cagny", postal_code: "80330", city: "Longueau" } // Longueau's zone: 3 €, from 20 €
const DELAMBRE = { ...person, address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens" } // Amiens Centre: 2 €, from 15 €
const BARNI = { ...person, address_1: "20 rue Jules Barni", postal_code: "80000", city: "Amiens" } // Henriville
const PERONNE = { ...person, address_1: "1 place de la Gare", postal_code: "80200", city: "Péronne" } // outside every zone

type ShippingOption = HttpTypes.StoreCartShippingOption & { service_zone?: { fulfillment_set?: { type?: string; location?: { id?: string; address?: { address_1?: string } } } } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let chainSdk: Medusa

    /** A client set up as the starter sets up its own (src/lib/config.ts): a base URL and a publishable key. */
    const starterSdk = (publishableKey: string) => new Medusa({ baseUrl: String(api.defaults.baseURL), publishableKey })
    const pizzeriaKey = async (name: string) => {
      const { data } = await api.get("/admin/pizzerias", await store.adminHeaders())
      const pizzeria = data.pizzerias.find((candidate: { name: string }) => candidate.name.endsWith(name))
      return pizzeria.publishable_key.token as string
    }
    const refusal = async (call: Promise<unknown>) => {
      const error = await call.then(
        () => undefined,
        (thrown: unknown) => thrown
      )
      if (!(error instanceof FetchError)) throw new Error(`expected a refusal, got ${String(error)}`)
      return error
    }

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      chainSdk = starterSdk(store.key)
    })

    /** Regions, the product list with stock, a cart without a channel, a line: the starter's path to "add to cart". */
    async function cartWith(sdk: Medusa, handleAndSize: string, quantity: number) {
      const { regions } = await sdk.store.region.list()
      const region = regions.find((candidate) => candidate.countries?.some((country) => country.iso_2 === "fr"))!
      // the store page, then the dish's page (a list by handle)
      const { products: storePage } = await sdk.store.product.list({ limit: 12, region_id: region.id, fields: STARTER_PRODUCT_FIELDS })
      expect(storePage.length).toBeGreaterThan(0)
      expect(storePage.flatMap((product) => product.variants ?? []).every((variant) => typeof variant.inventory_quantity === "number")).toBe(true)
      const [handle] = handleAndSize.split("/")
      const { products } = await sdk.store.product.list({ handle, region_id: region.id, fields: STARTER_PRODUCT_FIELDS })
      const variantId = store.variant(handleAndSize)
      const variant = products.flatMap((product) => product.variants ?? []).find((candidate) => candidate.id === variantId)
      expect(variant?.calculated_price?.calculated_amount).toEqual(expect.any(Number))
      expect(variant?.inventory_quantity).toBeGreaterThan(0)
      const { cart } = await sdk.store.cart.create({ region_id: region.id, locale: "fr-FR" })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity })
      return { cart, region }
    }

    /** Pay on delivery or at the counter, then place the order, as the starter's payment and review steps do. */
    async function payOnHandoverAndPlace(sdk: Medusa, cartId: string, regionId: string) {
      const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
      expect(payment_providers.map((provider) => provider.id)).toContain("pp_system_default")
      const { cart } = await sdk.store.cart.retrieve(cartId)
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
      const placed = await sdk.store.cart.complete(cartId)
      if (placed.type !== "order") throw new Error(`not placed: ${placed.error.message}`)
      // where it was placed, as the staff see it
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "sales_channel_id", "items.id", "shipping_methods.amount"], filters: { id: placed.order.id } })
      const order = orders[0]
      return {
        id: order.id,
        sales_channel_id: order.sales_channel_id,
        item_ids: (order.items ?? []).map((item) => item!.id),
        shipping: (order.shipping_methods ?? []).map((method) => Number(method!.amount)),
      }
    }
    /** French typography puts no-break spaces before "€" and ";": compared as plain spaces. */
    const plain = (text: string) => text.replace(/\s/g, " ")

    const channelOf = (name: string) => store.pizzeria(name).sales_channel_id as string

    describe("with the chain's key, which covers every pizzeria", () => {
      it("reads products with their stock and creates the cart at the default pizzeria; the address moves it to the pizzeria that delivers it", async () => {
        const { cart, region } = await cartWith(chainSdk, "margherita/L", 2)
        expect(cart.sales_channel_id).toBe(channelOf("Amiens Centre"))

        const { cart: addressed } = await chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: CAGNY, billing_address: CAGNY })
        expect(addressed.sales_channel_id).toBe(channelOf("Longueau"))
        expect(addressed.items).toHaveLength(1)

        const { shipping_options } = await chainSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const options = shipping_options as ShippingOption[]
        const delivery = options.find((option) => option.service_zone?.fulfillment_set?.type !== "pickup")!
        // every pizzeria's pickup, Longueau's first: the starter offers the first one
        const pickups = options.filter((option) => option.service_zone?.fulfillment_set?.type === "pickup")
        expect(pickups).toHaveLength(5)
        expect(pickups[0].service_zone?.fulfillment_set?.location?.address?.address_1).toBe("15 avenue Henri Barbusse")
        expect(pickups.every((pickup) => pickup.amount === 0 && pickup.insufficient_inventory === false)).toBe(true)

        const { shipping_option: priced } = await chainSdk.store.fulfillment.calculate(delivery.id, { cart_id: cart.id })
        expect(priced.amount).toBe(3)
        await chainSdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id })

        const order = await payOnHandoverAndPlace(chainSdk, cart.id, region.id)
        expect(order).toMatchObject({ sales_channel_id: channelOf("Longueau"), shipping: [3] })
      })

      it("collects at the pizzeria whose pickup the customer chose: the cart moves there", async () => {
        const { cart, region } = await cartWith(chainSdk, "reine/M", 1)
        const { cart: addressed } = await chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: DELAMBRE, billing_address: DELAMBRE })
        expect(addressed.sales_channel_id).toBe(channelOf("Amiens Centre"))

        const { shipping_options } = await chainSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const saintLeu = (shipping_options as ShippingOption[]).find((option) => option.service_zone?.fulfillment_set?.location?.address?.address_1 === "8 quai Bélu")!
        expect(saintLeu.service_zone?.fulfillment_set?.type).toBe("pickup")
        const { cart: chosen } = await chainSdk.store.cart.addShippingMethod(cart.id, { option_id: saintLeu.id })
        expect(chosen.sales_channel_id).toBe(channelOf("Saint-Leu"))
        expect(chosen.shipping_methods?.map((method) => method.shipping_option_id)).toEqual([saintLeu.id])

        const order = await payOnHandoverAndPlace(chainSdk, cart.id, region.id)
        expect(order.sales_channel_id).toBe(channelOf("Saint-Leu"))
        const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.item_ids })
        expect(new Set(reservations.map((reservation) => reservation.location_id))).toEqual(new Set([store.pizzeria("Saint-Leu").id]))
      })

      it("a customer who chose a pickup elsewhere, then delivery, gets the delivery of the pizzeria that delivers their address", async () => {
        const { cart, region } = await cartWith(chainSdk, "reine/L", 2)
        await chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: CAGNY, billing_address: CAGNY })
        const listed = async () => (await chainSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })).shipping_options as ShippingOption[]
        const saintLeu = (await listed()).find((option) => option.service_zone?.fulfillment_set?.location?.address?.address_1 === "8 quai Bélu")!
        expect((await chainSdk.store.cart.addShippingMethod(cart.id, { option_id: saintLeu.id })).cart.sales_channel_id).toBe(channelOf("Saint-Leu"))

        // the address again does not undo the pickup; choosing Saint-Leu's delivery, which does not reach Longueau, brings the cart back
        expect((await chainSdk.store.cart.update(cart.id, { shipping_address: CAGNY })).cart.sales_channel_id).toBe(channelOf("Saint-Leu"))
        const saintLeuDelivery = (await listed()).find((option) => option.service_zone?.fulfillment_set?.type === "delivery")!
        const { cart: delivered } = await chainSdk.store.cart.addShippingMethod(cart.id, { option_id: saintLeuDelivery.id })
        expect(delivered.sales_channel_id).toBe(channelOf("Longueau"))
        expect(delivered.shipping_methods).toHaveLength(1)
        expect(delivered.shipping_methods?.[0]).toMatchObject({ amount: 3 })
        expect(delivered.shipping_methods?.[0].shipping_option_id).not.toBe(saintLeuDelivery.id)
        expect((await payOnHandoverAndPlace(chainSdk, cart.id, region.id)).sales_channel_id).toBe(channelOf("Longueau"))
      })

      it("checks the lines against the kitchen the address would move the cart to: one that cannot make them refuses the address, naming the dish, and the cart stays", async () => {
        const { cart } = await cartWith(chainSdk, "margherita/L", 2)
        const longueau = store.pizzeria("Longueau")
        const mozzarella = store.inventoryItem("ING-MOZZARELLA")
        const admin = await store.adminHeaders()
        const count = (quantity: number) =>
          api.post(`/admin/stock-locations/${longueau.id}/stock-movements`, { inventory_item_id: mozzarella, type: "count", quantity, note: "test" }, admin)
        const level = await ingredientLevel(getContainer(), mozzarella, longueau.id)
        // Longueau's mozzarella is all held by orders already
        await count(level.reserved)
        try {
          const refused = await refusal(chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: CAGNY, billing_address: CAGNY }))
          expect([refused.status, refused.statusText]).toEqual([409, "insufficient_stock"])
          expect(refused.message).toMatch(/Margherita/)
          const { cart: stayed } = await chainSdk.store.cart.retrieve(cart.id)
          expect(stayed.sales_channel_id).toBe(channelOf("Amiens Centre"))
        } finally {
          await count(level.stocked)
        }
        const { cart: moved } = await chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: CAGNY, billing_address: CAGNY })
        expect(moved.sales_channel_id).toBe(channelOf("Longueau"))
      })

      it("creates carts at the pizzeria of the store's default channel once the owner sets it in Medusa's settings", async () => {
        const admin = await store.adminHeaders()
        const { data } = await api.get("/admin/stores?fields=id,default_sales_channel_id", admin)
        const [{ id, default_sales_channel_id: before }] = data.stores
        await api.post(`/admin/stores/${id}`, { default_sales_channel_id: channelOf("Saint-Leu") }, admin)
        try {
          const { cart } = await cartWith(chainSdk, "margherita/M", 1)
          expect(cart.sales_channel_id).toBe(channelOf("Saint-Leu"))
        } finally {
          await api.post(`/admin/stores/${id}`, { default_sales_channel_id: before }, admin)
        }
        const { cart } = await cartWith(chainSdk, "margherita/M", 1)
        expect(cart.sales_channel_id).toBe(channelOf("Amiens Centre"))
      })

      it("refuses delivery under the minimum when it is chosen, in French with the amount missing, in English when asked", async () => {
        const { cart } = await cartWith(chainSdk, "margherita/S", 1)
        await chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: DELAMBRE, billing_address: DELAMBRE })
        const { shipping_options } = await chainSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const delivery = (shipping_options as ShippingOption[]).find((option) => option.service_zone?.fulfillment_set?.type !== "pickup")!

        const french = await refusal(chainSdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id }))
        expect(french.status).toBe(422)
        expect(french.statusText).toBe("below_min_order")
        // a Margherita S is 8.50 €: 6.50 € short of the zone's 15 €
        expect(plain(french.message)).toBe("La livraison commence à 15,00 € ; il manque 6,50 €.")

        // the starter sends its shopper's locale as x-medusa-locale, which wins over the cart's
        const english = await refusal(chainSdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id }, {}, { "x-medusa-locale": "en-GB" }))
        expect(english.message).toBe("Delivery starts from €15.00; €6.50 to go.")
        // the cart's locale wins over Accept-Language
        const cartLocale = await refusal(chainSdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id }, {}, { "accept-language": "en" }))
        expect(plain(cartLocale.message)).toBe("La livraison commence à 15,00 € ; il manque 6,50 €.")
        const { data: body } = await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery.id }, { ...store.storeHeaders, validateStatus: () => true })
        expect(body).toMatchObject({ type: "not_allowed", code: "below_min_order", details: { min_order: 15, missing: 6.5, currency_code: "eur" } })
      })

      it("answers 422 outside_delivery_area when the price of delivery is asked for an address no pizzeria delivers", async () => {
        const { cart } = await cartWith(chainSdk, "margherita/L", 2)
        await chainSdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: PERONNE, billing_address: PERONNE })
        const { cart: stayed } = await chainSdk.store.cart.retrieve(cart.id)
        expect(stayed.sales_channel_id).toBe(channelOf("Amiens Centre"))
        const { shipping_options } = await chainSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const delivery = (shipping_options as ShippingOption[]).find((option) => option.service_zone?.fulfillment_set?.type !== "pickup")!
        const refused = await refusal(chainSdk.store.fulfillment.calculate(delivery.id, { cart_id: cart.id }))
        expect(refused.status).toBe(422)
        expect(refused.statusText).toBe("outside_delivery_area")
        expect(refused.message).toBe("Nous ne livrons pas cette adresse depuis cette pizzeria.")
        // the cart's locale (fr-FR) before Accept-Language, x-medusa-locale before both: as on every route of a cart
        const byCart = await refusal(chainSdk.store.fulfillment.calculate(delivery.id, { cart_id: cart.id }, {}, { "accept-language": "en" }))
        expect(byCart.message).toBe("Nous ne livrons pas cette adresse depuis cette pizzeria.")
        const english = await refusal(chainSdk.store.fulfillment.calculate(delivery.id, { cart_id: cart.id }, {}, { "x-medusa-locale": "en-GB" }))
        expect(english.message).toBe("This location does not deliver this address.")
      })

      it("an address that is not text is Medusa's 400, never a 500", async () => {
        const { status, data } = await api.post(
          "/store/carts",
          { region_id: store.regionId, shipping_address: { address_1: 12, postal_code: 80000, country_code: "fr" } },
          { ...store.storeHeaders, validateStatus: () => true }
        )
        expect(status).toBe(400)
        expect(data.type).toBe("invalid_data")
      })

      it("a request that names its pizzeria keeps it", async () => {
        const { products } = await chainSdk.store.product.list({
          fields: "id,+variants.inventory_quantity",
          sales_channel_id: [channelOf("Dury")],
          limit: 1,
        } as HttpTypes.StoreProductListParams)
        expect(products[0].variants?.[0]?.inventory_quantity).toEqual(expect.any(Number))
        const { cart } = await chainSdk.store.cart.create({ region_id: store.regionId, sales_channel_id: channelOf("Dury") })
        await chainSdk.store.cart.createLineItem(cart.id, { variant_id: store.variant("margherita/L"), quantity: 2 })
        const { cart: addressed } = await chainSdk.store.cart.update(cart.id, { shipping_address: CAGNY, sales_channel_id: channelOf("Dury") })
        expect(addressed.sales_channel_id).toBe(channelOf("Dury"))
      })
    })

    it("a cart created with its address starts at the pizzeria that delivers it; a product list naming the cart counts that pizzeria's stock", async () => {
      const { cart } = await chainSdk.store.cart.create({ region_id: store.regionId, email: "camille.martin@example.test", shipping_address: CAGNY })
      expect(cart.sales_channel_id).toBe(channelOf("Longueau"))

      // Longueau is short of mozzarella tonight: fewer Margheritas there than at the chain's default pizzeria
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: store.inventoryItem("ING-MOZZARELLA"), location_id: store.pizzeria("Longueau").id })
      await inventory.updateInventoryLevels([
        { inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: Number(level.reserved_quantity) + 1200 },
      ])
      const margheritaL = async (query: Record<string, unknown>) => {
        const { products } = await chainSdk.store.product.list({ handle: "margherita", fields: "id,+variants.inventory_quantity", ...query })
        return products[0].variants?.find((variant) => variant.id === store.variant("margherita/L"))?.inventory_quantity
      }
      const atLongueau = await margheritaL({ cart_id: cart.id })
      expect(atLongueau).toBe(await margheritaL({ sales_channel_id: [channelOf("Longueau")] }))
      expect(atLongueau).toBeLessThan((await margheritaL({})) as number)
    })

    describe("with one pizzeria's own key", () => {
      it("sees that pizzeria only, and orders delivery from it", async () => {
        const sdk = starterSdk(await pizzeriaKey("Henriville"))
        const { cart, region } = await cartWith(sdk, "quatre-fromages/L", 1)
        expect(cart.sales_channel_id).toBe(channelOf("Henriville"))
        await sdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: BARNI, billing_address: BARNI })

        const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const options = shipping_options as ShippingOption[]
        expect(options.map((option) => option.service_zone?.fulfillment_set?.type).sort()).toEqual(["delivery", "pickup"])
        const delivery = options.find((option) => option.service_zone?.fulfillment_set?.type === "delivery")!
        expect((await sdk.store.fulfillment.calculate(delivery.id, { cart_id: cart.id })).shipping_option.amount).toBe(2.5)
        await sdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id })

        const order = await payOnHandoverAndPlace(sdk, cart.id, region.id)
        expect(order.sales_channel_id).toBe(channelOf("Henriville"))
        // the key reaches no other pizzeria's channel
        const { pizzerias } = await sdk.client.fetch<{ pizzerias: { name: string }[] }>("/store/pizzerias")
        expect(pizzerias.map((pizzeria) => pizzeria.name)).toEqual(["OC Pizza Henriville"])
      })

      it("collects at that pizzeria, and an address it does not deliver does not move the cart", async () => {
        const sdk = starterSdk(await pizzeriaKey("Dury"))
        const { cart, region } = await cartWith(sdk, "reine/L", 1)
        const { cart: addressed } = await sdk.store.cart.update(cart.id, { email: "camille.martin@example.test", shipping_address: DELAMBRE, billing_address: DELAMBRE })
        expect(addressed.sales_channel_id).toBe(channelOf("Dury"))
        const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const pickups = (shipping_options as ShippingOption[]).filter((option) => option.service_zone?.fulfillment_set?.type === "pickup")
        expect(pickups).toHaveLength(1)
        await sdk.store.cart.addShippingMethod(cart.id, { option_id: pickups[0].id })
        const order = await payOnHandoverAndPlace(sdk, cart.id, region.id)
        expect(order).toMatchObject({ sales_channel_id: channelOf("Dury"), shipping: [0] })
      })
    })

    it("opening a pizzeria gives it its own key, which the chain's later pizzerias do not join", async () => {
      const admin = await store.adminHeaders()
      const opened = await api.post(
        "/admin/pizzerias",
        {
          name: "OC Pizza Rivery",
          handle: "rivery",
          address: { address_1: "1 rue de Rivery", postal_code: "80136", city: "Rivery", country_code: "fr" },
          location: { lat: 49.9035, lng: 2.3245 },
          opening_hours: { mon: [["11:00", "23:00"]] },
        },
        admin
      )
      const { data } = await api.get("/admin/pizzerias", admin)
      const rivery = data.pizzerias.find((pizzeria: { id: string }) => pizzeria.id === opened.data.pizzeria.id)
      const keys = await getContainer()
        .resolve(Modules.API_KEY)
        .listApiKeys({ token: [rivery.publishable_key.token, await pizzeriaKey("Henriville"), store.key] })
      const { data: links } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "api_key", fields: ["token", "sales_channels.id"], filters: { id: keys.map((key) => key.id) } })
      const channelsOf = (token: string) => (links.find((key) => key.token === token)?.sales_channels ?? []).map((channel) => channel?.id)
      expect(channelsOf(rivery.publishable_key.token)).toEqual([rivery.sales_channel_id])
      // the chain's key shows the new pizzeria; Henriville's own key does not
      expect(channelsOf(store.key)).toContain(rivery.sales_channel_id)
      expect(channelsOf(await pizzeriaKey("Henriville"))).toEqual([channelOf("Henriville")])

      // a pizzeria has one key of its own; one whose key was revoked (or that opened before pizzerias had theirs) is given one from the admin
      const again = await api.post(`/admin/pizzerias/${rivery.id}/publishable-key`, {}, { ...admin, validateStatus: () => true })
      expect(again.status).toBe(409)
      expect(again.data.code).toBe("own_key_exists")
      // an unknown pizzeria is a 404; a manager may neither list the keys nor give one
      const unknown = await api.post("/admin/pizzerias/sloc_unknown/publishable-key", {}, { ...admin, validateStatus: () => true })
      expect(unknown.status).toBe(404)
      expect(unknown.data.code).toBe("pizzeria_not_found")
      const manager = await signIn(api, "manager@oc-pizza.test")
      expect((await api.get("/admin/pizzerias", { ...manager, validateStatus: () => true })).status).toBe(403)
      expect((await api.post(`/admin/pizzerias/${rivery.id}/publishable-key`, {}, { ...manager, validateStatus: () => true })).status).toBe(403)
      await api.post(`/admin/api-keys/${rivery.publishable_key.id}/revoke`, {}, admin)
      expect((await api.get("/admin/pizzerias", admin)).data.pizzerias.find((pizzeria: { id: string }) => pizzeria.id === rivery.id).publishable_key).toBeNull()
      const given = await api.post(`/admin/pizzerias/${rivery.id}/publishable-key`, {}, admin)
      expect(given.status).toBe(201)
      const { pizzerias: seen } = await starterSdk(given.data.publishable_key.token).client.fetch<{ pizzerias: { id: string }[] }>("/store/pizzerias")
      expect(seen.map((pizzeria) => pizzeria.id)).toEqual([rivery.id])
    })
  },
})
