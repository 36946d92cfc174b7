import { findShortages, ingredientNeeds } from "../ingredient-needs"

const margherita = {
  line_id: "l1",
  title: "Margherita — M",
  quantity: 1,
  kit: [
    { inventory_item_id: "mozza", required_quantity: 120 },
    { inventory_item_id: "dough", required_quantity: 230 },
  ],
}
const reine = {
  line_id: "l2",
  title: "Reine — M",
  quantity: 1,
  kit: [
    { inventory_item_id: "mozza", required_quantity: 100 },
    { inventory_item_id: "ham", required_quantity: 70 },
  ],
}

describe("ingredientNeeds", () => {
  it("sums an ingredient shared by different pizzas, times their quantities", () => {
    const needs = ingredientNeeds([margherita, { ...reine, quantity: 2 }])
    expect(needs.get("mozza")).toEqual({
      inventory_item_id: "mozza",
      quantity: 320,
      lines: [
        { line_id: "l1", title: "Margherita — M", quantity: 120 },
        { line_id: "l2", title: "Reine — M", quantity: 200 },
      ],
    })
    expect(needs.get("ham")?.quantity).toBe(140)
  })

  it("ignores lines without a kit", () => {
    expect(ingredientNeeds([{ line_id: "l3", title: "Gift card", quantity: 1, kit: [] }]).size).toBe(0)
  })
})

describe("findShortages", () => {
  const needs = ingredientNeeds([margherita, reine])

  it("finds the ingredient that together runs short, though each line alone fits", () => {
    const shortages = findShortages(
      needs,
      new Map([
        ["mozza", 200],
        ["dough", 1000],
        ["ham", 1000],
      ])
    )
    expect(shortages).toHaveLength(1)
    expect(shortages[0]).toMatchObject({ inventory_item_id: "mozza", quantity: 220, available: 200 })
  })

  it("accepts exactly enough, and treats an unstocked ingredient as none", () => {
    expect(
      findShortages(
        needs,
        new Map([
          ["mozza", 220],
          ["dough", 230],
          ["ham", 70],
        ])
      )
    ).toEqual([])
    expect(
      findShortages(
        needs,
        new Map([
          ["mozza", 220],
          ["dough", 230],
        ])
      ).map((shortage) => shortage.inventory_item_id)
    ).toEqual(["ham"])
  })
})
