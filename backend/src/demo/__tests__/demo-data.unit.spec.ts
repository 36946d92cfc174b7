import { demo } from "../data"
import { itemPicture, pizzaPicture } from "../pizza-picture"
import { openingStock } from "../stock-levels"

describe("demo data", () => {
  const skus = new Set(demo.ingredients.map((ingredient) => ingredient.sku))

  it("has what the foundation promises", () => {
    expect(demo.pizzerias).toHaveLength(5)
    expect(demo.pizzas.length).toBeGreaterThanOrEqual(12)
    expect(demo.ingredients.length).toBeGreaterThanOrEqual(25)
    expect(demo.drinks.length).toBeGreaterThan(0)
    expect(demo.desserts.length).toBeGreaterThan(0)
    expect(new Set(demo.staff.map((member) => member.role))).toEqual(new Set(["admin", "manager", "pizzaiolo", "driver", "counter"]))
  })

  it("only uses known ingredients, units and EU allergens", () => {
    for (const pizza of demo.pizzas) {
      for (const sku of Object.keys(pizza.ingredients)) expect(skus).toContain(sku)
    }
    const allergens = new Set(demo.allergens)
    for (const item of [...demo.ingredients, ...demo.drinks, ...demo.desserts]) {
      for (const allergen of item.allergens) expect(allergens).toContain(allergen)
    }
  })

  it("prices and portions grow with the size", () => {
    for (const pizza of demo.pizzas) {
      expect(pizza.prices[0]).toBeLessThan(pizza.prices[1])
      expect(pizza.prices[1]).toBeLessThan(pizza.prices[2])
      for (const [small, medium, large] of Object.values(pizza.ingredients)) {
        expect(small).toBeLessThanOrEqual(medium)
        expect(medium).toBeLessThanOrEqual(large)
      }
    }
  })

  it("stocks pizzerias differently, one nearly out of an ingredient", () => {
    const [centre, saintLeu] = demo.pizzerias
    const bufala = demo.ingredients.find((ingredient) => ingredient.sku === "ING-MOZZA-BUFALA")!
    const mozzarella = demo.ingredients.find((ingredient) => ingredient.sku === "ING-MOZZARELLA")!
    expect(openingStock(centre, mozzarella)).toBe(Math.round(mozzarella.stock * 1.5))
    expect(openingStock(saintLeu, bufala)).toBe(60)
    const smallestBufala = demo.pizzas.find((pizza) => pizza.handle === "bufala")!.ingredients["ING-MOZZA-BUFALA"][0]
    expect(openingStock(saintLeu, bufala)).toBeLessThan(smallestBufala)
  })
})

describe("menu pictures", () => {
  it("are deterministic SVG documents", () => {
    const input = { base: "tomato" as const, ingredientSkus: ["ING-MOZZARELLA", "ING-BASILIC"], title: "Margherita" }
    const svg = pizzaPicture(input)
    expect(svg).toBe(pizzaPicture(input))
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*aria-label="Margherita"/)
    expect(svg.match(/<circle/g)!.length).toBe(2 + 2 * 9)
  })

  it("escape the title", () => {
    expect(itemPicture({ title: `Glace "<maison>"`, colour: "#fff", kind: "dessert" })).not.toMatch(/"<maison>"/)
  })
})
