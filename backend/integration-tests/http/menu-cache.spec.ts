import axios, { type AxiosInstance } from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, settle, type DemoStore } from "../helpers/demo-store"
import { startSecondServer, stopSecondServers } from "../helpers/second-server"
import { until } from "../helpers/wait"

jest.setTimeout(300_000)

type MenuItem = {
  product_id: string
  handle: string
  title: string
  available: boolean
  unavailable_reason: { code: string; message: string } | null
  variants: { id: string; title: string; price: number | null; makeable: number | null; available: boolean }[]
  customisation: { extras: { id: string; sizes: { variant_id: string; available: boolean }[] }[] } | null
}

/**
 * The menu's catalogue is cached in each process and made stale by the
 * catalogue's events, for every process; the stock and the pauses are read
 * live with each request.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })
    afterAll(async () => {
      await stopSecondServers()
    })

    async function menuAt(suffix: string, server: AxiosInstance = api): Promise<MenuItem[]> {
      const { data } = await server.get(`/store/menu?pizzeria_id=${store.pizzeria(suffix).id}`, store.storeHeaders)
      return data.items
    }
    const dish = (menu: MenuItem[], handle: string) => menu.find((item) => item.handle === handle)!

    it("serves the catalogue from its cache: a title written behind the application's back is not seen until an event says the catalogue changed", async () => {
      const before = dish(await menuAt("Saint-Leu"), "reine")
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.raw("UPDATE product SET title = 'Reine (sans événement)' WHERE id = ?", [before.product_id])
      expect(dish(await menuAt("Saint-Leu"), "reine").title).toBe(before.title)

      // any catalogue change, here another dish's, makes every cached catalogue stale
      const admin = await store.adminHeaders()
      const other = dish(await menuAt("Saint-Leu"), "calzone")
      await api.post(`/admin/products/${other.product_id}`, { subtitle: "La classique" }, admin)
      await until("the menu to be read again", async () => dish(await menuAt("Saint-Leu"), "reine").title === "Reine (sans événement)")
    })

    it("shows a dish's new title and a size's new price on the next reads, and a pause at once", async () => {
      const admin = await store.adminHeaders()
      const centre = store.pizzeria("Amiens Centre")
      const margherita = dish(await menuAt("Amiens Centre"), "margherita")
      await api.post(`/admin/products/${margherita.product_id}`, { title: "Margherita du chef" }, admin)
      await until("the new title", async () => dish(await menuAt("Amiens Centre"), "margherita").title === "Margherita du chef")

      const small = margherita.variants[0]
      await api.post(`/admin/products/${margherita.product_id}/variants/${small.id}`, { prices: [{ currency_code: "eur", amount: 9.9 }] }, admin)
      await until("the new price", async () => dish(await menuAt("Amiens Centre"), "margherita").variants[0].price === 9.9)

      await api.post(`/admin/stock-locations/${centre.id}/menu-pauses`, { product_id: margherita.product_id, reason: "Plus de pâte ce soir" }, admin)
      expect(dish(await menuAt("Amiens Centre"), "margherita").unavailable_reason).toEqual({ code: "paused", message: "Plus de pâte ce soir" })
      await api.delete(`/admin/stock-locations/${centre.id}/menu-pauses/${margherita.product_id}`, admin)
      expect(dish(await menuAt("Amiens Centre"), "margherita").available).toBe(true)
    })

    it("counts what the kitchen can make live: a stock movement changes the next read", async () => {
      const admin = await store.adminHeaders()
      const dury = store.pizzeria("Dury")
      const margherita = dish(await menuAt("Dury"), "margherita")
      const small = margherita.variants[0]
      expect(small.makeable).toBeGreaterThan(0)
      const { data } = await api.get(`/admin/stock-locations/${dury.id}/makeable`, admin)
      const limiting = data.makeable.find((entry: { variant_id: string }) => entry.variant_id === small.id).limiting_inventory_item_id as string
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: kit } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id", "inventory_items.required_quantity"],
        filters: { id: small.id },
      })
      const part = (kit[0].inventory_items as { inventory_item_id: string; required_quantity: number }[]).find((item) => item.inventory_item_id === limiting)!

      // one portion's worth of the ingredient that runs out first goes to waste: one pizza fewer, at once
      await api.post(`/admin/stock-locations/${dury.id}/stock-movements`, { inventory_item_id: limiting, type: "waste", quantity: Number(part.required_quantity) }, admin)
      expect(dish(await menuAt("Dury"), "margherita").variants[0].makeable).toBe(small.makeable! - 1)
    })

    it("answers the live figures alone under the catalogue's version, which a catalogue change moves and a stock movement does not", async () => {
      const admin = await store.adminHeaders()
      const dury = store.pizzeria("Dury")
      const address = `?pizzeria_id=${dury.id}`
      const { data: menu } = await api.get(`/store/menu${address}`, store.storeHeaders)
      const { data: live } = await api.get(`/store/menu/availability${address}`, store.storeHeaders)
      expect(live.catalogue_version).toBe(menu.catalogue_version)
      const figuresOf = (items: MenuItem[]) =>
        items.map(({ product_id, available, unavailable_reason, variants, customisation }) => ({
          product_id,
          available,
          unavailable_reason,
          variants: variants.map(({ id, makeable, available: size }) => ({ id, makeable, available: size })),
          extras: (customisation?.extras ?? []).map((extra) => ({
            id: extra.id,
            available_variant_ids: extra.sizes.filter((size) => size.available).map((size) => size.variant_id),
          })),
        }))
      expect(live.items).toEqual(figuresOf(menu.items))
      expect(Object.keys(live.items[0]).sort()).toEqual(["available", "extras", "product_id", "unavailable_reason", "variants"])

      // a client caching the catalogue under its version may name it; anything but a version is refused
      expect((await api.get(`/store/menu${address}&catalogue_version=${menu.catalogue_version}`, store.storeHeaders)).status).toBe(200)
      const refused = await settle(api.get(`/store/menu${address}&catalogue_version=latest`, store.storeHeaders))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/catalogue_version/)

      const margherita = dish(menu.items, "margherita")
      const { data: makeable } = await api.get(`/admin/stock-locations/${dury.id}/makeable`, admin)
      const limiting = makeable.makeable.find((entry: { variant_id: string }) => entry.variant_id === margherita.variants[0].id).limiting_inventory_item_id as string
      await api.post(`/admin/stock-locations/${dury.id}/stock-movements`, { inventory_item_id: limiting, type: "count", quantity: 0 }, admin)
      const { data: after } = await api.get(`/store/menu/availability${address}`, store.storeHeaders)
      expect(after.catalogue_version).toBe(menu.catalogue_version)
      expect(after.items.find((item: MenuItem) => item.product_id === margherita.product_id).variants[0]).toEqual({ id: margherita.variants[0].id, makeable: 0, available: false })

      await api.post(`/admin/products/${margherita.product_id}`, { title: "Margherita de Dury" }, admin)
      await until("a new catalogue version", async () => (await api.get(`/store/menu/availability${address}`, store.storeHeaders)).data.catalogue_version > menu.catalogue_version)
    })

    it("a second server process sees a catalogue change made through the first", async () => {
      const second = await startSecondServer(dbConfig.clientUrl)
      try {
        const secondApi = axios.create({ baseURL: second.url })
        const napoli = dish(await menuAt("Saint-Leu", secondApi), "napolitaine")
        // read twice: the second server now holds the catalogue in its cache
        expect(dish(await menuAt("Saint-Leu", secondApi), "napolitaine").title).toBe(napoli.title)
        await api.post(`/admin/products/${napoli.product_id}`, { title: "Napolitaine aux câpres" }, await store.adminHeaders())
        await until(
          "the second server's menu to show the new title",
          async () => dish(await menuAt("Saint-Leu", secondApi), "napolitaine").title === "Napolitaine aux câpres",
          10_000
        )
      } finally {
        await second.kill()
      }
    })
  },
})
