import { Modules } from "@medusajs/framework/utils"
import { updateTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { loadDemoStore, type DemoStore } from "../helpers/demo-store"
import { until } from "../helpers/wait"

jest.setTimeout(300_000)

type Menu = {
  locale: string
  items: {
    product_id: string
    handle: string
    title: string
    description: string | null
    category: { handle: string; name: string } | null
    variants: { id: string; title: string }[]
    ingredients: { name: string; allergens: string[] }[]
    unavailable_reason: { code: string; message: string } | null
  }[]
}

/** The menu in the shopper's language, from Medusa's Translation Module and the demo's English texts. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
    })

    async function menuAt(suffix: string, locale?: { query?: string; header?: string }): Promise<Menu> {
      const query = locale?.query ? `&locale=${locale.query}` : ""
      const headers = { ...store.storeHeaders.headers, ...(locale?.header ? { "x-medusa-locale": locale.header } : {}) }
      const { data } = await api.get(`/store/menu?pizzeria_id=${store.pizzeria(suffix).id}${query}`, { headers })
      return data
    }
    const dish = (menu: Menu, handle: string) => menu.items.find((item) => item.handle === handle)!

    it("answers in French by default and in English when asked, by query or header: dishes, sizes, categories, ingredients and the menu's own words", async () => {
      const french = await menuAt("Saint-Leu")
      expect(french.locale).toBe("fr-FR")
      expect(dish(french, "reine")).toMatchObject({ title: "Reine", category: { handle: "pizzas", name: "Pizzas" } })
      expect(dish(french, "reine").variants.map((variant) => variant.title)).toEqual(["Petite (26 cm)", "Moyenne (30 cm)", "Grande (34 cm)"])
      expect(dish(french, "reine").ingredients.map((ingredient) => ingredient.name)).toContain("Jambon blanc")

      for (const asked of [{ query: "en-GB" }, { header: "en" }]) {
        const english = await menuAt("Saint-Leu", asked)
        expect(english.locale).toBe("en-GB")
        const reine = dish(english, "reine")
        expect(reine.title).toBe("Ham and mushroom")
        expect(reine.description).toBe("Tomato sauce, mozzarella, cooked ham, button mushrooms.")
        expect(reine.variants.map((variant) => variant.title)).toEqual(["Small (26 cm)", "Medium (30 cm)", "Large (34 cm)"])
        expect(reine.ingredients.map((ingredient) => ingredient.name)).toEqual(expect.arrayContaining(["Cooked ham", "Button mushrooms", "Pizza dough"]))
        expect(dish(english, "cola-33")).toMatchObject({ category: { handle: "boissons", name: "Drinks" }, variants: [expect.objectContaining({ title: "Bottle" })] })
        // out of stock at Saint-Leu in the demo
        expect(dish(english, "bufala").unavailable_reason).toEqual({ code: "out_of_stock", message: "Not enough ingredients left tonight." })
        // the same product, size and ingredient ids whatever the language
        expect(english.items.map((item) => item.product_id).sort()).toEqual(french.items.map((item) => item.product_id).sort())
      }
      // each language has its own cached catalogue
      expect(dish(await menuAt("Saint-Leu"), "reine").title).toBe("Reine")
    })

    it("a text without a translation stays French, and a translation changed by a manager shows on the next reads", async () => {
      const margherita = dish(await menuAt("Dury", { query: "en-GB" }), "margherita")
      const [translation] = await getContainer().resolve(Modules.TRANSLATION).listTranslations({ reference_id: margherita.product_id, locale_code: "en-GB" })
      await updateTranslationsWorkflow(getContainer()).run({
        input: { translations: [{ id: translation.id, translations: { title: "Margherita of the house" } }] },
      })
      await until("the new English title", async () => dish(await menuAt("Dury", { query: "en-GB" }), "margherita").title === "Margherita of the house")
      // a language the menu is not written in gets the French menu: one cached catalogue per written language
      const german = await menuAt("Dury", { query: "de-DE" })
      expect(german.locale).toBe("fr-FR")
      expect(dish(german, "reine").title).toBe("Reine")
      expect((await menuAt("Dury", { query: "en-US" })).locale).toBe("en-GB")
      // French is unchanged
      expect(dish(await menuAt("Dury"), "margherita").title).toBe("Margherita")
    })

    it("refuses nothing for a malformed locale: the menu is then in French", async () => {
      const menu = await menuAt("Dury", { query: "not a locale!" })
      expect(menu.locale).toBe("fr-FR")
      expect(dish(menu, "reine").title).toBe("Reine")
    })
  },
})
