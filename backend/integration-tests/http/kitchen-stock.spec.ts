import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertRecipeWorkflow } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { loadDemoStore, preparePickupCart, settle, type DemoStore } from "../helpers/demo-store"
import { until } from "../helpers/wait"
import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"
import { OrderedAdvisoryLockProvider } from "@/modules/ordered-locking/service"

jest.setTimeout(300_000)

/** Saves a recipe, then fails: what a later step of a larger flow failing looks like. */
const kitchenPrinterOnFire = createStep("kitchen-printer-on-fire", async () => {
  throw new Error("the kitchen printer is on fire")
})
const saveRecipeThenFail = createWorkflow("test-save-recipe-then-fail", (input: Parameters<typeof upsertRecipeWorkflow.runAsStep>[0]["input"]) => {
  const recipe = upsertRecipeWorkflow.runAsStep({ input })
  kitchenPrinterOnFire()
  return new WorkflowResponse(recipe)
})

type MenuItem = {
  product_id: string
  handle: string
  available: boolean
  allergens: string[]
  ingredients: { name: string; allergens: string[] }[]
  unavailable_reason: { code: string; message: string } | null
  variants: { id: string; title: string; price: number; makeable: number; available: boolean }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    async function kitOf(handleAndSize: string): Promise<Record<string, number>> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.required_quantity", "inventory_items.inventory.sku"],
        filters: { id: store.variant(handleAndSize) },
      })
      const parts = (data[0].inventory_items ?? []) as { required_quantity: number; inventory: { sku: string } }[]
      return Object.fromEntries(parts.map((part) => [part.inventory.sku, Number(part.required_quantity)]))
    }

    async function menuAt(suffix: string): Promise<MenuItem[]> {
      const { data } = await api.get(`/store/menu?pizzeria_id=${store.pizzeria(suffix).id}`, store.storeHeaders)
      return data.items
    }

    describe("menu", () => {
      it("gives each pizza its sizes, prices, live makeable counts, ingredients and allergens", async () => {
        const menu = await menuAt("Saint-Leu")
        expect(menu).toHaveLength(23)
        const margherita = menu.find((item) => item.handle === "margherita")!
        expect(margherita.variants.map((variant) => [variant.title, variant.price, variant.available])).toEqual([
          ["Petite (26 cm)", 8.5, true],
          ["Moyenne (30 cm)", 10.5, true],
          ["Grande (34 cm)", 13.5, true],
        ])
        expect(margherita.allergens).toEqual(["gluten", "milk"])
        expect(margherita.ingredients).toContainEqual(expect.objectContaining({ name: "Mozzarella", allergens: ["milk"] }))

        const bufala = menu.find((item) => item.handle === "bufala")!
        expect(bufala.available).toBe(false)
        expect(bufala.unavailable_reason).toMatchObject({ code: "out_of_stock" })
        expect(bufala.variants.map((variant) => variant.makeable)).toEqual([0, 0, 0])
        const beer = menu.find((item) => item.handle === "biere-blonde-33")!
        expect(beer.allergens).toEqual(["gluten"])
      })

      it("shows a dish switched off for the evening as unavailable with the reason, then back", async () => {
        const centre = store.pizzeria("Amiens Centre")
        const admin = await store.adminHeaders()
        const margheritaId = (await menuAt("Amiens Centre")).find((item) => item.handle === "margherita")!.product_id
        await api.post(`/admin/stock-locations/${centre.id}/menu-pauses`, { product_id: margheritaId, reason: "Four à bois en panne ce soir" }, admin)
        const paused = (await menuAt("Amiens Centre")).find((item) => item.handle === "margherita")!
        expect(paused.available).toBe(false)
        expect(paused.unavailable_reason).toEqual({ code: "paused", message: "Four à bois en panne ce soir" })
        // only at that pizzeria
        expect((await menuAt("Dury")).find((item) => item.handle === "margherita")!.available).toBe(true)

        await api.delete(`/admin/stock-locations/${centre.id}/menu-pauses/${margheritaId}`, admin)
        expect((await menuAt("Amiens Centre")).find((item) => item.handle === "margherita")!.available).toBe(true)
      })

      it("refuses a request without a pizzeria, an unknown pizzeria, or without the key", async () => {
        const missing = await settle(api.get("/store/menu", store.storeHeaders))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/pizzeria_id/)
        expect((await settle(api.get("/store/menu?pizzeria_id=sloc_nope", store.storeHeaders))).status).toBe(404)
        expect((await settle(api.get(`/store/menu?pizzeria_id=${store.pizzeria("Dury").id}`))).status).toBe(400)
      })
    })

    describe("makeable counts", () => {
      it("are exact on the demo data, with the ingredient that runs out first", async () => {
        const admin = await store.adminHeaders()
        const { data: centre } = await api.get(`/admin/stock-locations/${store.pizzeria("Amiens Centre").id}/makeable`, admin)
        const row = (variantId: string) => centre.makeable.find((entry: { variant_id: string }) => entry.variant_id === variantId)
        // 450 g of basil at 3 g a medium Margherita; everything else allows more
        expect(row(store.variant("margherita/M"))).toMatchObject({ makeable: 150, limiting_ingredient: "Basilic frais" })
        // 4500 g of buffalo mozzarella at 150 g a large Bufala
        expect(row(store.variant("bufala/L"))).toMatchObject({ makeable: 30, limiting_ingredient: "Mozzarella di bufala" })

        const { data: saintLeu } = await api.get(`/admin/stock-locations/${store.pizzeria("Saint-Leu").id}/makeable`, admin)
        const bufala = saintLeu.makeable.find((entry: { variant_id: string }) => entry.variant_id === store.variant("bufala/S"))
        expect(bufala).toMatchObject({ makeable: 0, limiting_ingredient: "Mozzarella di bufala" })
        // sorted: what cannot be made comes first
        expect(saintLeu.makeable[0].makeable).toBe(0)
      })
    })

    describe("Medusa's inventory locks", () => {
      // Medusa's inventory steps name an order's ingredients as they come, so a checkout in one pizzeria
      // and a kitchen's "ready" in another can name shared ones in opposite orders at the same time
      const keys = Array.from({ length: 20 }, (_, index) => `iitem_${String(index).padStart(2, "0")}`)
      type Execute = (keys: string[], job: () => Promise<unknown>) => Promise<unknown>
      const hold = () => new Promise((resolve) => setTimeout(resolve, 20))
      const opposite = (execute: Execute) => Promise.allSettled([execute(keys, hold), execute([...keys].reverse(), hold)])
      const deadlocks = (results: PromiseSettledResult<unknown>[]) =>
        results.filter((result) => result.status === "rejected" && /deadlock/.test(String(result.reason?.message ?? result.reason))).length

      it("are taken in one order whatever order the caller names them in, so two such calls never deadlock", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        const provider = (locking as unknown as { providerService_: { retrieveProviderRegistration(id: string): object } }).providerService_.retrieveProviderRegistration(
          "locking-postgres"
        )
        expect(provider).toBeInstanceOf(OrderedAdvisoryLockProvider)
        // Medusa's own execute, on the same provider, deadlocks on these calls: the test's calls do meet
        const medusas: Execute = (keys, job) => PostgresAdvisoryLockProvider.prototype.execute.call(provider, keys, job)
        let medusasDeadlocks = 0
        for (let round = 0; round < 10 && medusasDeadlocks === 0; round++) medusasDeadlocks += deadlocks(await opposite(medusas))
        expect(medusasDeadlocks).toBeGreaterThan(0)

        const ours: Execute = (keys, job) => locking.execute(keys, job)
        for (let round = 0; round < 10; round++) {
          expect((await opposite(ours)).map((result) => result.status)).toEqual(["fulfilled", "fulfilled"])
        }
      })
    })

    describe("stock movements", () => {
      const mozzarella = () => store.inventoryItem("ING-MOZZARELLA")
      const post = async (locationId: string, body: Record<string, unknown>) =>
        settle(api.post(`/admin/stock-locations/${locationId}/stock-movements`, body, await store.adminHeaders()))
      const level = async (locationId: string) => {
        const [found] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: mozzarella(), location_id: locationId })
        return Number(found.stocked_quantity)
      }

      it("records receipts, waste, counts and adjustments, and the ledger always explains the level", async () => {
        const longueau = store.pizzeria("Longueau").id
        const start = await level(longueau)
        expect(start).toBe(14400)

        const receipt = await post(longueau, { inventory_item_id: mozzarella(), type: "receipt", quantity: 1000, note: "Livraison Métro" })
        expect(receipt.status).toBe(201)
        expect(receipt.data.stock_movement).toMatchObject({ type: "receipt", quantity: 1000, level_after: 15400, note: "Livraison Métro", actor_type: "user" })
        expect((await post(longueau, { inventory_item_id: mozzarella(), type: "waste", quantity: 400, note: "Date dépassée" })).data.stock_movement).toMatchObject({
          quantity: -400,
          level_after: 15000,
        })
        // a count sets the level to what was counted and records the difference
        expect((await post(longueau, { inventory_item_id: mozzarella(), type: "count", quantity: 14000 })).data.stock_movement).toMatchObject({
          quantity: -1000,
          counted: 14000,
          level_after: 14000,
        })
        expect((await post(longueau, { inventory_item_id: mozzarella(), type: "adjustment", quantity: -50 })).data.stock_movement).toMatchObject({
          quantity: -50,
          level_after: 13950,
        })
        expect(await level(longueau)).toBe(13950)

        const { data } = await api.get(`/admin/stock-locations/${longueau}/stock-movements?inventory_item_id=${mozzarella()}`, await store.adminHeaders())
        expect(data.stock_movements.map((movement: { type: string }) => movement.type)).toEqual(["adjustment", "count", "waste", "receipt"])
        const total = data.stock_movements.reduce((sum: number, movement: { quantity: number }) => sum + Number(movement.quantity), 0)
        expect(start + total).toBe(await level(longueau))

        const { data: counts } = await api.get(`/admin/stock-locations/${longueau}/stock-movements?type=count`, await store.adminHeaders())
        expect(counts.count).toBe(1)
      })

      it("records the ingredients an order takes when it is fulfilled (sale), and gives back on cancel", async () => {
        const henriville = store.pizzeria("Henriville")
        const admin = await store.adminHeaders()
        const start = await level(henriville.id)
        const cartId = await preparePickupCart(api, store, henriville, [{ variant_id: store.variant("margherita/M"), quantity: 2 }])
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        const orderId = completed.order.id
        const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, admin)
        const fulfilledAnswer = await settle(
          api.post(
            `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id`,
            { items: order.order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity })), location_id: henriville.id },
            admin
          )
        )
        expect(fulfilledAnswer.status).toBe(200)
        const fulfilled = fulfilledAnswer.data
        expect(await level(henriville.id)).toBe(start - 240)

        // the ledger is written by a subscriber of fulfillment.created: give a loaded CI machine time
        const movementsOf = async (type: string) => {
          for (let waited = 0; waited < 30_000; waited += 100) {
            const { data } = await api.get(`/admin/stock-locations/${henriville.id}/stock-movements?type=${type}&inventory_item_id=${mozzarella()}`, admin)
            if (data.count) return data.stock_movements
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
          return []
        }
        const [sale] = await movementsOf("sale")
        expect(sale).toMatchObject({ type: "sale", quantity: -240, level_after: start - 240, reference: expect.stringMatching(/^sale:ful_/) })

        const fulfillmentId = fulfilled.order.fulfillments[0].id
        await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/cancel`, {}, admin)
        const [cancel] = await movementsOf("cancel")
        expect(cancel).toMatchObject({ type: "cancel", quantity: 240, level_after: start, reference: `cancel:${fulfillmentId}` })
        expect(await level(henriville.id)).toBe(start)
      })

      it("refuses bad movements with a 4xx that says why, and changes nothing", async () => {
        const dury = store.pizzeria("Dury").id
        const before = await level(dury)
        const wrongType = await post(dury, { inventory_item_id: mozzarella(), type: "gift", quantity: 10 })
        expect(wrongType.status).toBe(400)
        expect(wrongType.data.message).toMatch(/type/)
        expect((await post(dury, { inventory_item_id: mozzarella(), type: "receipt", quantity: "lots" })).status).toBe(400)
        expect((await post(dury, { inventory_item_id: mozzarella(), type: "receipt", quantity: 5, extra: true })).status).toBe(400)
        const zero = await post(dury, { inventory_item_id: mozzarella(), type: "waste", quantity: 0 })
        expect(zero).toMatchObject({ status: 400, data: { code: "invalid_movement" } })
        const tooMuch = await post(dury, { inventory_item_id: mozzarella(), type: "waste", quantity: before + 1 })
        expect(tooMuch).toMatchObject({ status: 409, data: { code: "invalid_movement" } })
        const unknown = await post(dury, { inventory_item_id: "iitem_unknown", type: "receipt", quantity: 1 })
        expect(unknown).toMatchObject({ status: 404, data: { code: "unknown_ingredient" } })
        expect(await level(dury)).toBe(before)
      })
    })

    describe("ingredient records and ledger lists", () => {
      it("filter by pizzeria, and refuse an allergen outside the EU list", async () => {
        const admin = await store.adminHeaders()
        const dury = store.pizzeria("Dury").id
        const { data } = await api.get(`/admin/ingredients?stock_location_id=${dury}&inventory_item_id=${store.inventoryItem("ING-NOIX")}`, admin)
        expect(data.ingredients).toHaveLength(1)
        expect(data.ingredients[0]).toMatchObject({ unit: "g", allergens: { list: ["nuts"] } })
        expect(data.ingredients[0].locations).toEqual([expect.objectContaining({ stock_location_id: dury })])

        const bad = await settle(api.post("/admin/ingredients", { inventory_item_id: store.inventoryItem("ING-NOIX"), unit: "g", allergens: ["pollen"] }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/allergens/)
        const updated = await api.post(
          "/admin/ingredients",
          { inventory_item_id: store.inventoryItem("ING-NOIX"), unit: "g", allergens: ["nuts", "sulphites"], unit_cost: 0.03 },
          admin
        )
        expect(updated.data.ingredient).toMatchObject({ allergens: { list: ["nuts", "sulphites"] }, unit_cost: 0.03 })

        await api.post(`/admin/stock-locations/${dury}/stock-movements`, { inventory_item_id: store.inventoryItem("ING-NOIX"), type: "receipt", quantity: 10 }, admin)
        const { data: ledger } = await api.get(`/admin/stock-movements?stock_location_id=${dury}&type=receipt`, admin)
        expect(ledger.stock_movements.length).toBeGreaterThan(0)
        for (const movement of ledger.stock_movements) expect(movement).toMatchObject({ stock_location_id: dury, type: "receipt" })
      })
    })

    describe("bad requests", () => {
      it("get a clear 4xx: unknown pizzeria, unknown recipe, a pause without a reason", async () => {
        const admin = await store.adminHeaders()
        const unknownLocation = await settle(api.get("/admin/stock-locations/sloc_unknown/makeable", admin))
        expect(unknownLocation).toMatchObject({ status: 404, data: { message: "Stock location sloc_unknown was not found" } })
        expect((await settle(api.get("/admin/stock-locations/sloc_unknown/ingredients", admin))).status).toBe(404)
        expect((await settle(api.get("/admin/recipes/rcp_unknown", admin))).status).toBe(404)

        const centre = store.pizzeria("Amiens Centre").id
        const productId = (await menuAt("Amiens Centre"))[0].product_id
        const noReason = await settle(api.post(`/admin/stock-locations/${centre}/menu-pauses`, { product_id: productId }, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const extra = await settle(api.post(`/admin/stock-locations/${centre}/menu-pauses`, { product_id: productId, reason: "x", colour: "red" }, admin))
        expect(extra.status).toBe(400)
      })
    })

    describe("low stock", () => {
      /** The low-stock mails Amiens Centre's manager got about one ingredient. */
      async function lowStockMails(ingredient: string): Promise<{ data: Record<string, unknown> }[]> {
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "manager@oc-pizza.test", template: "low-stock" })
        return (notifications as { data: Record<string, unknown> }[]).filter((mail) => mail.data.ingredient === ingredient)
      }
      async function eventually(ingredient: string, count: number): Promise<{ data: Record<string, unknown> }[]> {
        return until(
          `${count} low-stock mail(s) about ${ingredient}`,
          async () => {
            const mails = await lowStockMails(ingredient)
            return mails.length >= count && mails
          },
          10_000
        ).catch(() => lowStockMails(ingredient))
      }

      it("tells the pizzeria's managers once per crossing below the threshold", async () => {
        const centre = store.pizzeria("Amiens Centre").id
        const admin = await store.adminHeaders()
        const capers = store.inventoryItem("ING-CAPRES")
        const move = (type: string, quantity: number) => api.post(`/admin/stock-locations/${centre}/stock-movements`, { inventory_item_id: capers, type, quantity }, admin)
        // Amiens Centre: 900 g of capers, threshold 150 g
        const { data: before } = await api.get(`/admin/stock-locations/${centre}/ingredients`, admin)
        expect(before.ingredients.find((row: { sku: string }) => row.sku === "ING-CAPRES")).toMatchObject({
          available_quantity: 900,
          low_stock_threshold: 150,
          is_low: false,
          unit: "g",
        })

        await move("waste", 800)
        const first = await eventually("Câpres", 1)
        expect(first).toHaveLength(1)
        expect(first[0].data).toMatchObject({ ingredient: "Câpres", pizzeria: { name: "OC Pizza Amiens Centre" }, available: 100, threshold: 150, unit: "g" })
        const { data: low } = await api.get(`/admin/stock-locations/${centre}/ingredients`, admin)
        expect(low.ingredients.find((row: { sku: string }) => row.sku === "ING-CAPRES").is_low).toBe(true)

        await move("waste", 50) // still below: no second alert...
        // ...by the time a later crossing (another ingredient, put back after) has been announced
        const marker = before.ingredients.find(
          (row: { sku: string; name: string; available_quantity: number; low_stock_threshold: number }) =>
            row.sku !== "ING-CAPRES" && row.low_stock_threshold > 0 && row.available_quantity > row.low_stock_threshold
        )
        const markerDrop = marker.available_quantity - marker.low_stock_threshold + 1
        await api.post(`/admin/stock-locations/${centre}/stock-movements`, { inventory_item_id: marker.inventory_item_id, type: "waste", quantity: markerDrop }, admin)
        expect(await eventually(marker.name, 1)).toHaveLength(1)
        await api.post(`/admin/stock-locations/${centre}/stock-movements`, { inventory_item_id: marker.inventory_item_id, type: "receipt", quantity: markerDrop }, admin)
        expect(await lowStockMails("Câpres")).toHaveLength(1)

        await move("receipt", 500) // restocked above the threshold: re-armed
        await move("waste", 500)
        expect(await eventually("Câpres", 2)).toHaveLength(2)
      })
    })

    describe("recipes", () => {
      it("saving a recipe writes exactly its kit links: new, changed, and stale ones removed", async () => {
        const admin = await store.adminHeaders()
        const { data: list } = await api.get(`/admin/recipes?limit=100`, admin)
        expect(list.count).toBe(14)
        const productId = (await menuAt("Dury")).find((item) => item.handle === "margherita")!.product_id
        const recipe = list.recipes.find((candidate: { product_id: string }) => candidate.product_id === productId)
        expect(recipe.steps.list.length).toBeGreaterThan(3)
        expect(recipe.bake_temperature_c).toBe(300)

        const item = store.inventoryItem
        const sizes = ["S", "M", "L"].map((size) => store.variant(`margherita/${size}`))
        const items = sizes.flatMap((variantId, index) => [
          { variant_id: variantId, inventory_item_id: item("ING-PATE"), quantity: [180, 230, 290][index] },
          { variant_id: variantId, inventory_item_id: item("ING-SAUCE-TOMATE"), quantity: [60, 80, 100][index] },
          { variant_id: variantId, inventory_item_id: item("ING-MOZZARELLA"), quantity: [100, 130, 170][index] },
          { variant_id: variantId, inventory_item_id: item("ING-ORIGAN"), quantity: 1 },
        ])
        const { data } = await api.post(`/admin/recipes/${recipe.id}`, { steps: ["Étaler", "Garnir", "Cuire"], bake_minutes: 6, bake_temperature_c: 320, items }, admin)
        expect(data.recipe).toMatchObject({ bake_minutes: 6, steps: { list: ["Étaler", "Garnir", "Cuire"] } })
        expect(await kitOf("margherita/M")).toEqual({ "ING-PATE": 230, "ING-SAUCE-TOMATE": 80, "ING-MOZZARELLA": 130, "ING-ORIGAN": 1 })
        expect(await kitOf("margherita/S")).toEqual({ "ING-PATE": 180, "ING-SAUCE-TOMATE": 60, "ING-MOZZARELLA": 100, "ING-ORIGAN": 1 })
        // another pizza's kit is untouched
        expect((await kitOf("reine/M"))["ING-MOZZARELLA"]).toBe(100)
      })

      it("refuses bad recipes with a 400 naming the field, and saves nothing", async () => {
        const admin = await store.adminHeaders()
        const reineId = (await menuAt("Dury")).find((item) => item.handle === "reine")!.product_id
        const before = await kitOf("reine/M")
        const line = { variant_id: store.variant("reine/M"), inventory_item_id: store.inventoryItem("ING-JAMBON"), quantity: 70 }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...line, quantity: 0 }, /quantity/],
          [{ ...line, quantity: -5 }, /quantity/],
          [{ ...line, inventory_item_id: "iitem_unknown" }, /items\[0\]\.inventory_item_id: unknown ingredient/],
          [{ ...line, variant_id: store.variant("margherita/M") }, /items\[0\]\.variant_id: variant .* is not a variant of this product/],
        ]
        for (const [bad, message] of cases) {
          const answer = await settle(api.post("/admin/recipes", { product_id: reineId, items: [bad] }, admin))
          expect(answer.status).toBe(400)
          expect(answer.data.message).toMatch(message)
        }
        const duplicate = await settle(api.post("/admin/recipes", { product_id: reineId, items: [line, line] }, admin))
        expect(duplicate).toMatchObject({ status: 400, data: { code: "invalid_recipe", message: expect.stringMatching(/items\[1\]\.inventory_item_id: .* appears twice/) } })
        expect(await kitOf("reine/M")).toEqual(before)
      })

      it("puts the recipe and the kit links back when a later step fails", async () => {
        const productId = (await menuAt("Dury")).find((item) => item.handle === "napolitaine")!.product_id
        const before = await kitOf("napolitaine/M")
        const { data: original } = await api.get(`/admin/recipes?product_id=${productId}`, await store.adminHeaders())

        const { errors, transaction } = await saveRecipeThenFail(getContainer()).run({
          throwOnError: false,
          input: {
            product_id: productId,
            steps: ["changed"],
            items: [{ variant_id: store.variant("napolitaine/M"), inventory_item_id: store.inventoryItem("ING-THON"), quantity: 999 }],
          },
        })
        expect(errors.map((error) => error.error.message)).toEqual(["the kitchen printer is on fire"])
        expect(transaction.getState()).toBe("reverted")

        expect(await kitOf("napolitaine/M")).toEqual(before)
        const { data: after } = await api.get(`/admin/recipes?product_id=${productId}`, await store.adminHeaders())
        expect(after.recipes[0].steps).toEqual(original.recipes[0].steps)
        expect(after.recipes[0].items).toHaveLength(original.recipes[0].items.length)
      })
    })
  },
})
