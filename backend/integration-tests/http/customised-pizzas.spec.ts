import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { demo as menu } from "../../src/demo/data"
import { loadDemoStore, preparePickupCart, settle, ticketOf, type DemoStore } from "../helpers/demo-store"
import { ingredientLevel } from "../helpers/stock"

jest.setTimeout(300_000)

/** The demo's recipe quantity of an ingredient in a size (S, M, L) of a pizza: what the tests expect is read from the recipe, not written twice. */
const recipeGrams = (handle: string, sku: string, size: "S" | "M" | "L") => {
  const pizza = menu.pizzas.find((candidate) => candidate.handle === handle)!
  return pizza.ingredients[sku]?.[["S", "M", "L"].indexOf(size)] ?? 0
}
const extraOf = (sku: string, size: "S" | "M" | "L") => {
  const extra = menu.customisation.extras.find((candidate) => candidate.sku === sku)!
  const index = ["S", "M", "L"].indexOf(size)
  return { price: extra.prices[index], grams: extra.quantities[index] }
}
/** An order line as the admin's order route answers it. */
type OrderLine = { variant_id: string; quantity?: unknown; unit_price: unknown; metadata: { customisation?: unknown } }
const sizePrice = (handle: string, size: "S" | "M" | "L") => menu.pizzas.find((candidate) => candidate.handle === handle)!.prices[["S", "M", "L"].indexOf(size)]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    const item = (sku: string) => store.inventoryItem(sku)
    const level = (sku: string, pizzeriaId: string) => ingredientLevel(getContainer(), item(sku), pizzeriaId)
    const setLevel = async (pizzeriaId: string, sku: string, quantity: number) =>
      api.post(`/admin/stock-locations/${pizzeriaId}/stock-movements`, { inventory_item_id: item(sku), type: "count", quantity, note: "test" }, await store.adminHeaders())

    async function emptyCart(pizzeria: { sales_channel_id: string }): Promise<string> {
      const { data } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: pizzeria.sales_channel_id }, store.storeHeaders)
      return data.cart.id
    }
    const addCustomised = (cartId: string, body: Record<string, unknown>) => settle(api.post(`/store/carts/${cartId}/customised-items`, body, store.storeHeaders))

    type Extra = { inventory_item_id: string; sizes: { variant_id: string; price: number; quantity: number }[] }
    type Options = { removable: string[]; extras: Extra[]; max_extras: number }
    /** Runs `body` while a dish's recipe offers `change(options)` (a manager's save through the admin API), then saves the recipe back as it was. */
    async function withRecipeOptions(handle: string, change: (options: Options) => Options, body: () => Promise<void>): Promise<void> {
      const admin = await store.adminHeaders()
      const productId = (await api.get(`/admin/products?handle=${handle}&fields=id`, admin)).data.products[0].id
      const recipe = (await api.get(`/admin/recipes?product_id=${productId}`, admin)).data.recipes[0]
      const items = recipe.items.map((line: { variant_id: string; inventory_item_id: string; quantity: number }) => ({
        variant_id: line.variant_id,
        inventory_item_id: line.inventory_item_id,
        quantity: Number(line.quantity),
      }))
      await api.post(`/admin/recipes/${recipe.id}`, { steps: recipe.steps.list, items, options: change(recipe.options) }, admin)
      try {
        await body()
      } finally {
        await api.post(`/admin/recipes/${recipe.id}`, { steps: recipe.steps.list, items, options: recipe.options }, admin)
      }
    }
    const withoutExtra = (sku: string) => (options: Options) => ({ ...options, extras: options.extras.filter((extra) => extra.inventory_item_id !== item(sku)) })

    it("prices a pizza without onions, with chorizo and more mozzarella, from the recipe; the same choice again is the same line", async () => {
      const cartId = await emptyCart(store.pizzeria("Amiens Centre"))
      const body = { variant_id: store.variant("vegetarienne/M"), quantity: 1, remove: [item("ING-OIGNONS")], add: [item("ING-MOZZARELLA"), item("ING-CHORIZO")] }
      const added = await addCustomised(cartId, body)
      expect(added.status).toBe(200)
      const expected = sizePrice("vegetarienne", "M") + extraOf("ING-MOZZARELLA", "M").price + extraOf("ING-CHORIZO", "M").price
      const [line] = added.data.cart.items
      expect(Number(line.unit_price)).toBeCloseTo(expected, 2)
      expect(line.metadata.customisation).toEqual({ remove: [item("ING-OIGNONS")], add: [item("ING-CHORIZO"), item("ING-MOZZARELLA")].sort() })

      // asked in another order: the same pizza, one line of 2
      const again = await addCustomised(cartId, { ...body, add: [...body.add].reverse() })
      expect(again.data.cart.items).toHaveLength(1)
      expect(again.data.cart.items[0].quantity).toBe(2)
      // another choice, and the plain dish, are lines of their own; the plain one at the menu's price
      await addCustomised(cartId, { variant_id: store.variant("vegetarienne/M"), quantity: 1, remove: [], add: [item("ING-CHORIZO")] })
      const plain = await addCustomised(cartId, { variant_id: store.variant("vegetarienne/M"), quantity: 1 })
      expect(plain.data.cart.items).toHaveLength(3)
      const plainLine = plain.data.cart.items.find((candidate: { metadata: unknown }) => !candidate.metadata || !(candidate.metadata as Record<string, unknown>).customisation)
      expect(Number(plainLine.unit_price)).toBeCloseTo(sizePrice("vegetarienne", "M"), 2)
    })

    it("refuses, with a code, what the dish does not offer, and any price or customisation written by the customer", async () => {
      const cartId = await emptyCart(store.pizzeria("Amiens Centre"))
      const margherita = store.variant("margherita/M")
      const refusals = await Promise.all([
        addCustomised(cartId, { variant_id: margherita, quantity: 1, remove: [item("ING-PATE")] }),
        addCustomised(cartId, { variant_id: margherita, quantity: 1, remove: [item("ING-OIGNONS")] }),
        addCustomised(cartId, { variant_id: margherita, quantity: 1, add: [item("ING-SAUMON")] }),
        addCustomised(cartId, { variant_id: margherita, quantity: 1, add: [item("ING-CHORIZO"), item("ING-JAMBON"), item("ING-OLIVES"), item("ING-OEUF")] }),
        addCustomised(cartId, { variant_id: margherita, quantity: 1, add: [item("ING-CHORIZO"), item("ING-CHORIZO")] }),
        addCustomised(cartId, { variant_id: margherita, quantity: 1, add: [item("ING-CHORIZO")], unit_price: 1 }),
      ])
      expect(refusals.map((answer) => [answer.status, answer.data.code ?? answer.data.type])).toEqual([
        [422, "removal_not_allowed"],
        [422, "removal_not_allowed"],
        [422, "extra_not_offered"],
        [422, "too_many_extras"],
        [400, "customisation_invalid"],
        [400, "invalid_data"],
      ])
      for (const refusal of refusals.slice(0, 5)) expect(refusal.data.message).toMatch(/supplément|retiré|Trop|personnalisation/)

      // Medusa's own line routes may not write a customisation (it would go unpriced)
      const customisation = { remove: [], add: [item("ING-CHORIZO")] }
      const written = await Promise.all([
        settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: margherita, quantity: 1, metadata: { customisation } }, store.storeHeaders)),
        settle(api.post("/store/carts", { region_id: store.regionId, items: [{ variant_id: margherita, quantity: 1, metadata: { customisation } }] }, store.storeHeaders)),
      ])
      expect(written.map((answer) => [answer.status, answer.data.code])).toEqual([
        [400, "customisation_reserved"],
        [400, "customisation_reserved"],
      ])
      const { data } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: margherita, quantity: 1 }, store.storeHeaders)
      const lineId = data.cart.items[0].id
      const rewritten = await settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 1, metadata: { customisation } }, store.storeHeaders))
      expect([rewritten.status, rewritten.data.code]).toEqual([400, "customisation_reserved"])
      const { data: after } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(after.cart.items.map((line: { metadata: Record<string, unknown> | null }) => line.metadata?.customisation ?? null)).toEqual([null])
    })

    it("holds, takes and ledgers what a customised pizza takes, to the gram, and gives it all back when cancelled", async () => {
      const pizzeria = store.pizzeria("Saint-Leu")
      const before = {
        onions: await level("ING-OIGNONS", pizzeria.id),
        chorizo: await level("ING-CHORIZO", pizzeria.id),
        mozzarella: await level("ING-MOZZARELLA", pizzeria.id),
      }
      const customised = { variant_id: store.variant("vegetarienne/M"), quantity: 2, remove: [item("ING-OIGNONS")], add: [item("ING-MOZZARELLA"), item("ING-CHORIZO")] }
      const mozzarellaEach = recipeGrams("vegetarienne", "ING-MOZZARELLA", "M") + extraOf("ING-MOZZARELLA", "M").grams
      const chorizoEach = extraOf("ING-CHORIZO", "M").grams

      const cartId = await preparePickupCart(api, store, pizzeria, [customised])
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const orderId = placed.order.id
      // held: no onions, the extra chorizo and mozzarella besides the recipe's
      expect(await level("ING-OIGNONS", pizzeria.id)).toEqual(before.onions)
      expect((await level("ING-CHORIZO", pizzeria.id)).reserved - before.chorizo.reserved).toBe(2 * chorizoEach)
      expect((await level("ING-MOZZARELLA", pizzeria.id)).reserved - before.mozzarella.reserved).toBe(2 * mozzarellaEach)

      const ticket = await ticketOf(getContainer(), orderId)
      const admin = await store.adminHeaders()
      for (const to of ["preparing", "ready"]) expect((await settle(api.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to }, admin))).status).toBe(200)
      // taken: what the pizzas took, nothing held any more
      expect(await level("ING-OIGNONS", pizzeria.id)).toEqual(before.onions)
      expect(await level("ING-CHORIZO", pizzeria.id)).toEqual({ stocked: before.chorizo.stocked - 2 * chorizoEach, reserved: before.chorizo.reserved })
      expect(await level("ING-MOZZARELLA", pizzeria.id)).toEqual({ stocked: before.mozzarella.stocked - 2 * mozzarellaEach, reserved: before.mozzarella.reserved })

      // the ledger's sale lines add up to the same grams (the recipe's part is written by a subscriber: wait for it)
      const salesOf = async (sku: string, atLeast: number) => {
        for (let waited = 0; waited < 30_000; waited += 200) {
          const { data } = await api.get(`/admin/stock-locations/${pizzeria.id}/stock-movements?type=sale&inventory_item_id=${item(sku)}&limit=100`, admin)
          const total = (data.stock_movements as { quantity: number }[]).reduce((sum, movement) => sum - Number(movement.quantity), 0)
          if (total >= atLeast) return total
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        return 0
      }
      expect(await salesOf("ING-MOZZARELLA", 2 * mozzarellaEach)).toBe(2 * mozzarellaEach)
      expect(await salesOf("ING-CHORIZO", 2 * chorizoEach)).toBe(2 * chorizoEach)
      const { data: onionSales } = await api.get(`/admin/stock-locations/${pizzeria.id}/stock-movements?type=sale&inventory_item_id=${item("ING-OIGNONS")}`, admin)
      expect(onionSales.count).toBe(0)

      // another one, cancelled by its customer before the kitchen starts: everything held comes back
      const secondCart = await preparePickupCart(api, store, pizzeria, [{ ...customised, quantity: 1 }])
      const { data: second } = await api.post(`/store/carts/${secondCart}/complete`, {}, store.storeHeaders)
      const secondTicket = await ticketOf(getContainer(), second.order.id)
      const heldBefore = { chorizo: await level("ING-CHORIZO", pizzeria.id), mozzarella: await level("ING-MOZZARELLA", pizzeria.id) }
      expect(heldBefore.chorizo.reserved).toBe(before.chorizo.reserved + chorizoEach)
      const cancelled = await settle(api.post(`/store/orders/${second.order.id}/cancel?token=${secondTicket.tracking_token}`, {}, store.storeHeaders))
      expect(cancelled.status).toBe(200)
      expect((await level("ING-CHORIZO", pizzeria.id)).reserved).toBe(before.chorizo.reserved)
      expect((await level("ING-MOZZARELLA", pizzeria.id)).reserved).toBe(before.mozzarella.reserved)
    })

    it("holds exactly the extras of an order of several customised pizzas, however many ingredients they have", async () => {
      const pizzeria = store.pizzeria("Longueau")
      const before = await level("ING-MOZZARELLA", pizzeria.id)
      const vegetarienne = store.variant("vegetarienne/M")
      const mozzarellaEach = recipeGrams("vegetarienne", "ING-MOZZARELLA", "M") + extraOf("ING-MOZZARELLA", "M").grams
      // three lines of nine ingredients, each with its own removal and the same extra: 24 line reservations and 3 of extras
      const lines = [["ING-OIGNONS"], ["ING-OLIVES"], ["ING-ARTICHAUTS"]].map((remove) => ({
        variant_id: vegetarienne,
        quantity: 1,
        remove: remove.map(item),
        add: [item("ING-MOZZARELLA")],
      }))
      const cartId = await preparePickupCart(api, store, pizzeria, lines)
      expect((await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))).status).toBe(200)
      expect((await level("ING-MOZZARELLA", pizzeria.id)).reserved - before.reserved).toBe(3 * mozzarellaEach)
    })

    it("changes a waiting order's customised pizza: the new choice is priced by its recipe, checked against the stock and held to the gram", async () => {
      const pizzeria = store.pizzeria("Longueau")
      const skus = ["ING-OIGNONS", "ING-CHORIZO", "ING-MOZZARELLA"] as const
      const baseline = new Map(await Promise.all(skus.map(async (sku) => [sku, await level(sku, pizzeria.id)] as const)))
      const reserved = async (sku: (typeof skus)[number]) => (await level(sku, pizzeria.id)).reserved - baseline.get(sku)!.reserved
      // what n Végétariennes M and one Margherita M take of an ingredient, the Végétariennes with an extra or without one
      const takes = (sku: string, n: number, { extra = false, removed = false } = {}) =>
        recipeGrams("margherita", sku, "M") + n * ((removed ? 0 : recipeGrams("vegetarienne", sku, "M")) + (extra ? extraOf(sku, "M").grams : 0))
      const vegetarienne = store.variant("vegetarienne/M")
      const margherita = { variant_id: store.variant("margherita/M"), quantity: 1 }

      const cartId = await preparePickupCart(api, store, pizzeria, [{ variant_id: vegetarienne, quantity: 1, remove: [item("ING-OIGNONS")] }, margherita])
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const orderId = placed.order.id as string
      const ticket = await ticketOf(getContainer(), orderId)
      const modify = (items: Record<string, unknown>[]) => settle(api.post(`/store/orders/${orderId}/modify?token=${ticket.tracking_token}`, { items }, store.storeHeaders))
      const admin = await store.adminHeaders()
      const orderNow = async () => {
        const { data } = await api.get(`/admin/orders/${orderId}?fields=total,items.quantity,items.unit_price,items.metadata,items.variant_id`, admin)
        return { total: Number(data.order.total), lines: (data.order.items as OrderLine[]).filter((line) => Number(line.quantity) > 0) }
      }
      expect(await reserved("ING-OIGNONS")).toBe(takes("ING-OIGNONS", 1, { removed: true }))

      // the onions back on and chorizo added, for two of them
      const changed = await modify([margherita, { variant_id: vegetarienne, quantity: 2, add: [item("ING-CHORIZO")] }])
      expect(changed.status).toBe(200)
      expect(changed.data.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ quantity: 2, customisation: { remove: [], add: [expect.objectContaining({ id: item("ING-CHORIZO") })] } })])
      )
      const eachPrice = sizePrice("vegetarienne", "M") + extraOf("ING-CHORIZO", "M").price
      const after = await orderNow()
      expect(after.lines).toHaveLength(2)
      const customised = after.lines.find((line) => line.variant_id === vegetarienne)!
      expect(customised.metadata.customisation).toEqual({ remove: [], add: [item("ING-CHORIZO")] })
      expect(Number(customised.unit_price)).toBeCloseTo(eachPrice, 2)
      expect(after.total).toBeCloseTo(sizePrice("margherita", "M") + 2 * eachPrice, 2)
      expect(await reserved("ING-OIGNONS")).toBe(takes("ING-OIGNONS", 2))
      expect(await reserved("ING-CHORIZO")).toBe(takes("ING-CHORIZO", 2, { extra: true }))
      expect(await reserved("ING-MOZZARELLA")).toBe(takes("ING-MOZZARELLA", 2))

      // what the dish does not offer is refused as in a cart, and nothing moves
      const notOffered = await modify([margherita, { variant_id: vegetarienne, quantity: 2, add: [item("ING-PATE")] }])
      expect([notOffered.status, notOffered.data.code]).toEqual([422, "extra_not_offered"])
      // a third one with chorizo when the chorizo left covers less than its extra: refused, naming it, and nothing moves
      const chorizo = await level("ING-CHORIZO", pizzeria.id)
      await setLevel(pizzeria.id, "ING-CHORIZO", chorizo.reserved + extraOf("ING-CHORIZO", "M").grams - 1)
      try {
        const third = await modify([margherita, { variant_id: vegetarienne, quantity: 3, add: [item("ING-CHORIZO")] }])
        expect([third.status, third.data.code]).toEqual([409, "insufficient_stock"])
        expect(await orderNow()).toEqual(after)
        expect(await reserved("ING-CHORIZO")).toBe(takes("ING-CHORIZO", 2, { extra: true }))
        // the same pizzas without the chorizo fit: the extras held are given back
        const plainAgain = await modify([margherita, { variant_id: vegetarienne, quantity: 3 }])
        expect(plainAgain.status).toBe(200)
        expect(await reserved("ING-CHORIZO")).toBe(takes("ING-CHORIZO", 3))
        expect((await orderNow()).total).toBeCloseTo(sizePrice("margherita", "M") + 3 * sizePrice("vegetarienne", "M"), 2)
      } finally {
        await setLevel(pizzeria.id, "ING-CHORIZO", chorizo.stocked)
      }

      // cancelled: everything the order held comes back
      expect((await settle(api.post(`/store/orders/${orderId}/cancel?token=${ticket.tracking_token}`, {}, store.storeHeaders))).status).toBe(200)
      for (const sku of skus) expect(await reserved(sku)).toBe(0)
    })

    it("lets exactly the pizzas with extra mozzarella that fit through when twenty customers order the last of it at once", async () => {
      const pizzeria = store.pizzeria("Henriville")
      const each = recipeGrams("margherita", "ING-MOZZARELLA", "M") + extraOf("ING-MOZZARELLA", "M").grams
      const fits = 7
      // room for 7 customised pizzas and not 8, though 8 plain ones would fit
      const stocked = fits * each + recipeGrams("margherita", "ING-MOZZARELLA", "M")
      expect(stocked).toBeLessThan((fits + 1) * each)
      await setLevel(pizzeria.id, "ING-MOZZARELLA", stocked)
      const carts: string[] = []
      for (let i = 0; i < 20; i++) {
        carts.push(await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("margherita/M"), quantity: 1, add: [item("ING-MOZZARELLA")] }]))
      }
      const answers = await Promise.all(carts.map((cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))))
      const placed = answers.filter((answer) => answer.status === 200)
      const refused = answers.filter((answer) => answer.status !== 200)
      expect(placed).toHaveLength(fits)
      // a refusal names the mozzarella, or asks to try again (nothing ordered)
      for (const answer of refused) expect(["insufficient_stock", "stock_busy"]).toContain(answer.data.code)
      expect(refused.filter((answer) => answer.data.code === "insufficient_stock").length).toBeGreaterThan(0)
      expect(await level("ING-MOZZARELLA", pizzeria.id)).toEqual({ stocked, reserved: fits * each })
    })

    it("lets the counter take a customised pizza for a caller, priced and checked as the shop's", async () => {
      const pizzeria = store.pizzeria("Amiens Centre")
      const counterOrder = async (items: Record<string, unknown>[]) =>
        settle(
          api.post(
            `/admin/pizzerias/${pizzeria.id}/counter-orders`,
            { customer: { phone: "06 55 44 33 22", first_name: "Léa", last_name: "Roux" }, items, fulfilment: "pickup" },
            await store.adminHeaders()
          )
        )
      const placed = await counterOrder([{ variant_id: store.variant("margherita/M"), quantity: 1, add: [item("ING-CHORIZO")], remove: [item("ING-BASILIC")] }])
      expect(placed.status).toBe(201)
      const { data } = await api.get(`/admin/orders/${placed.data.order.id}?fields=items.unit_price,items.metadata`, await store.adminHeaders())
      expect(Number(data.order.items[0].unit_price)).toBeCloseTo(sizePrice("margherita", "M") + extraOf("ING-CHORIZO", "M").price, 2)
      expect(data.order.items[0].metadata.customisation).toEqual({ remove: [item("ING-BASILIC")], add: [item("ING-CHORIZO")] })
      const refused = await counterOrder([{ variant_id: store.variant("margherita/M"), quantity: 1, remove: [item("ING-PATE")] }])
      expect([refused.status, refused.data.code]).toEqual([422, "removal_not_allowed"])
    })

    it("refuses at checkout a line that keeps the server's price after its customisation was cleared", async () => {
      const cartId = await preparePickupCart(api, store, store.pizzeria("Amiens Centre"), [
        { variant_id: store.variant("margherita/M"), quantity: 1, remove: [item("ING-BASILIC")] },
      ])
      const { data } = await api.get(`/store/carts/${cartId}?fields=items.id`, store.storeHeaders)
      // Medusa's route takes a null metadata, which clears the choice; the line keeps its custom price
      const cleared = await settle(api.post(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { quantity: 1, metadata: null }, store.storeHeaders))
      expect(cleared.status).toBe(200)
      const { data: after } = await api.get(`/store/carts/${cartId}?fields=items.metadata`, store.storeHeaders)
      expect(after.cart.items[0].metadata?.customisation).toBeUndefined()
      const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
      expect([refused.status, refused.data.code]).toEqual([409, "customisation_changed"])
    })

    it("keeps an order placed with an extra going through the kitchen after the extra is withdrawn from the menu", async () => {
      const pizzeria = store.pizzeria("Dury")
      const cartId = await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("reine/M"), quantity: 1, add: [item("ING-OEUF")] }])
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const admin = await store.adminHeaders()
      await withRecipeOptions("reine", withoutExtra("ING-OEUF"), async () => {
        const eggs = await level("ING-OEUF", pizzeria.id)
        const ticket = await ticketOf(getContainer(), placed.order.id)
        for (const to of ["preparing", "ready"]) expect((await settle(api.post(`/admin/kitchen/tickets/${ticket.id}/transition`, { to }, admin))).status).toBe(200)
        // the egg sold is taken, as held
        expect(await level("ING-OEUF", pizzeria.id)).toEqual({ stocked: eggs.stocked - 1, reserved: eggs.reserved - 1 })
      })
    })

    it("keeps a customised pizza as it was sold through a change of the order after its extra is withdrawn, and caps one pizza at twenty", async () => {
      const pizzeria = store.pizzeria("Dury")
      const reine = { variant_id: store.variant("reine/M"), quantity: 1, add: [item("ING-OEUF")] }
      const cartId = await preparePickupCart(api, store, pizzeria, [reine])
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      const ticket = await ticketOf(getContainer(), placed.order.id)
      const modify = (items: Record<string, unknown>[]) => settle(api.post(`/store/orders/${placed.order.id}/modify?token=${ticket.tracking_token}`, { items }, store.storeHeaders))
      const admin = await store.adminHeaders()
      await withRecipeOptions("reine", withoutExtra("ING-OEUF"), async () => {
        // a Margherita added: the Reine with its egg stays as sold, at its price
        const added = await modify([reine, { variant_id: store.variant("margherita/M"), quantity: 1 }])
        expect(added.status).toBe(200)
        const { data } = await api.get(`/admin/orders/${placed.order.id}?fields=items.unit_price,items.metadata,items.variant_id`, admin)
        expect(data.order.items).toHaveLength(2)
        const kept = (data.order.items as OrderLine[]).find((line) => line.variant_id === reine.variant_id)!
        expect(kept.metadata.customisation).toEqual({ remove: [], add: [item("ING-OEUF")] })
        expect(Number(kept.unit_price)).toBeCloseTo(sizePrice("reine", "M") + extraOf("ING-OEUF", "M").price, 2)
        // a new Reine with an egg is refused: the egg is no longer offered
        const another = await modify([
          { ...reine, quantity: 1 },
          { variant_id: reine.variant_id, quantity: 1, add: [item("ING-OEUF"), item("ING-OLIVES")] },
        ])
        expect([another.status, another.data.code]).toEqual([422, "extra_not_offered"])
      })
      // the same pizza asked twice is one line, at most twenty of it
      const tooMany = await modify([
        { variant_id: store.variant("margherita/M"), quantity: 15 },
        { variant_id: store.variant("margherita/M"), quantity: 15 },
      ])
      expect([tooMany.status, tooMany.data.code]).toEqual([400, "too_many_of_one"])
    })

    it("refuses at checkout a customised pizza whose extra was withdrawn or repriced since it was added", async () => {
      const pizzeria = store.pizzeria("Amiens Centre")
      const cartId = await preparePickupCart(api, store, pizzeria, [{ variant_id: store.variant("reine/M"), quantity: 1, add: [item("ING-OLIVES")] }])
      const repriced = (options: Options) => ({
        ...options,
        extras: options.extras.map((extra) =>
          extra.inventory_item_id === item("ING-OLIVES") ? { ...extra, sizes: extra.sizes.map((size) => ({ ...size, price: size.price + 0.5 })) } : extra
        ),
      })
      await withRecipeOptions("reine", repriced, async () => {
        const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders))
        expect([refused.status, refused.data.code]).toEqual([409, "customisation_changed"])
        const { data: cart } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
        expect(cart.cart.completed_at).toBeNull()
      })
    })
  },
})
