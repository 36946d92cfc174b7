import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { loadDemoStore, settle, type DemoStore } from "../../helpers/demo-store"

jest.setTimeout(300_000)

const NUL = "\u0000"
const q = encodeURIComponent

/**
 * Control characters and bad page numbers, on our routes, the plugins' and
 * Medusa's: each was a 500 (PostgreSQL refusing a NUL byte or a negative
 * OFFSET); now a 400 with a code a client can act on.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })
    const centre = () => store.pizzeria("Amiens Centre")
    const mozzarella = () => store.inventoryItem("ING-MOZZARELLA")

    const expectRefused = async (request: Promise<{ status: number; data: Record<string, unknown> }>, code: string) => {
      const { status, data } = await settle(request)
      expect({ status, code: data.code }).toEqual({ status: 400, code })
      expect(data.message).toEqual(expect.any(String))
    }

    describe("a NUL byte", () => {
      it("in pizzeria_id on the store's routes", async () => {
        await expectRefused(api.get(`/store/menu?pizzeria_id=${q(`${centre().id}${NUL}`)}`, store.storeHeaders), "invalid_characters")
        await expectRefused(api.get(`/store/menu?pizzeria_id=${q(NUL)}`, store.storeHeaders), "invalid_characters")
        // the route still answers the clean request
        expect((await settle(api.get(`/store/menu?pizzeria_id=${centre().id}`, store.storeHeaders))).status).toBe(200)
      })

      it("in inventory_item_id on the admin's routes, in the query and in the body", async () => {
        const admin = await store.adminHeaders()
        await expectRefused(api.get(`/admin/stock-movements?inventory_item_id=${q(`${mozzarella()}${NUL}`)}`, admin), "invalid_characters")
        await expectRefused(api.get(`/admin/inventory-items?id=${q(NUL)}`, admin), "invalid_characters")
        await expectRefused(
          api.post(`/admin/stock-locations/${centre().id}/stock-movements`, { inventory_item_id: `${mozzarella()}${NUL}`, type: "receipt", quantity: 100 }, admin),
          "invalid_characters"
        )
      })

      it("in a path, a query key and a nested body value", async () => {
        const admin = await store.adminHeaders()
        await expectRefused(api.get(`/admin/inventory-items/${q(`${mozzarella()}${NUL}`)}`, admin), "invalid_characters")
        await expectRefused(api.get(`/store/products/${q(`prod_${NUL}`)}`, store.storeHeaders), "invalid_characters")
        await expectRefused(api.get(`/store/products?${q(`handle${NUL}`)}=x`, store.storeHeaders), "invalid_characters")
        await expectRefused(api.post("/store/carts", { region_id: store.regionId, metadata: { note: { text: `a${NUL}b` } } }, store.storeHeaders), "invalid_characters")
        await expectRefused(api.post("/store/carts", { region_id: store.regionId, metadata: { [`k${NUL}`]: "v" } }, store.storeHeaders), "invalid_characters")
      })

      it("other control characters too, but a note keeps its tabs and line breaks", async () => {
        const admin = await store.adminHeaders()
        await expectRefused(api.get(`/store/menu?pizzeria_id=${q(`${centre().id}\u001b`)}`, store.storeHeaders), "invalid_characters")
        // a line break is a control character in an id, not in a note
        await expectRefused(api.get(`/store/menu?pizzeria_id=${q(`${centre().id}\n`)}`, store.storeHeaders), "invalid_characters")
        const kept = await settle(
          api.post(
            `/admin/stock-locations/${centre().id}/stock-movements`,
            { inventory_item_id: mozzarella(), type: "receipt", quantity: 100, note: "livraison\tdu matin\r\nfacture 12" },
            admin
          )
        )
        expect(kept.status).toBeLessThan(300)
        await expectRefused(
          api.post(`/admin/stock-locations/${centre().id}/stock-movements`, { inventory_item_id: mozzarella(), type: "receipt", quantity: 100, note: "bip\u0007" }, admin),
          "invalid_characters"
        )
      })

      it("a body nested deeper than any route takes is refused, not walked", async () => {
        let deep: Record<string, unknown> = { leaf: "x" }
        for (let level = 0; level < 40; level++) deep = { next: deep }
        await expectRefused(api.post("/store/carts", { region_id: store.regionId, metadata: deep }, store.storeHeaders), "invalid_characters")
      })
    })

    describe("offset and limit", () => {
      const lists = () => [
        { path: "/admin/orders", headers: store.adminHeaders() },
        { path: "/admin/products", headers: store.adminHeaders() },
        { path: "/admin/inventory-items", headers: store.adminHeaders() },
        { path: "/admin/stock-movements", headers: store.adminHeaders() },
        { path: "/store/products", headers: Promise.resolve(store.storeHeaders) },
        { path: "/store/pizzerias", headers: Promise.resolve(store.storeHeaders) },
      ]

      it.each([["offset=-1"], ["limit=-5"], ["offset=abc"], ["limit=1.5"], ["offset[]=1"], ["offset="]])("%s is a 400 on admin and store lists", async (param) => {
        for (const { path, headers } of lists()) {
          const { status, data } = await settle(api.get(`${path}?${param}`, await headers))
          expect({ path, status, code: data.code }).toEqual({ path, status: 400, code: "invalid_pagination" })
        }
      })

      it("whole numbers from 0 still page the lists", async () => {
        for (const { path, headers } of lists()) {
          const { status } = await settle(api.get(`${path}?offset=0&limit=2`, await headers))
          expect({ path, status }).toEqual({ path, status: 200 })
        }
      })
    })
  },
})
