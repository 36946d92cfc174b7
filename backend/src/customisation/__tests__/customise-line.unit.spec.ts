import { allergensOf, customiseLine, soldKit, type DishRecipe } from "../customise-line"

const recipe: DishRecipe = {
  options: {
    removable: ["onion", "olive"],
    extras: [
      { inventory_item_id: "chorizo", sizes: [{ variant_id: "medium", price: 2, quantity: 40 }] },
      { inventory_item_id: "mozza", sizes: [{ variant_id: "medium", price: 1.2, quantity: 60 }] },
    ],
    max_extras: 2,
  },
  items: [
    { variant_id: "medium", inventory_item_id: "mozza", quantity: 120 },
    { variant_id: "medium", inventory_item_id: "onion", quantity: 30 },
    { variant_id: "small", inventory_item_id: "mozza", quantity: 80 },
  ],
}

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run()
    return undefined
  } catch (error) {
    return (error as { code: string }).code
  }
}

describe("a customised pizza", () => {
  it("is priced from the recipe and takes the recipe less its removals plus its extras", () => {
    const line = customiseLine(recipe, "medium", 12.5, { remove: ["onion"], add: ["mozza", "chorizo"] })
    expect(line.unit_price).toBe(15.7)
    expect(line.customisation).toEqual({ remove: ["onion"], add: ["chorizo", "mozza"] })
    expect(Object.fromEntries(line.kit.map((part) => [part.inventory_item_id, part.required_quantity]))).toEqual({ mozza: 180, chorizo: 40 })
  })

  it("asked in any order is the same pizza", () => {
    const one = customiseLine(recipe, "medium", 12.5, { remove: [], add: ["mozza", "chorizo"] })
    const other = customiseLine(recipe, "medium", 12.5, { remove: [], add: ["chorizo", "mozza"] })
    expect(one.customisation).toEqual(other.customisation)
  })

  it("refuses what the dish does not offer, with a code for each reason", () => {
    expect(codeOf(() => customiseLine(recipe, "medium", 12.5, { remove: ["mozza"], add: [] }))).toBe("removal_not_allowed")
    // olives may be left out of the dish, but this size has none
    expect(codeOf(() => customiseLine(recipe, "medium", 12.5, { remove: ["olive"], add: [] }))).toBe("removal_not_allowed")
    expect(codeOf(() => customiseLine(recipe, "small", 9, { remove: [], add: ["chorizo"] }))).toBe("extra_not_offered")
    expect(codeOf(() => customiseLine(recipe, "medium", 12.5, { remove: [], add: ["gold"] }))).toBe("extra_not_offered")
    expect(codeOf(() => customiseLine(recipe, "medium", 12.5, { remove: [], add: ["chorizo", "mozza", "onion"] }))).toBe("too_many_extras")
    expect(codeOf(() => customiseLine(recipe, "medium", 12.5, { remove: [], add: ["chorizo", "chorizo"] }))).toBe("customisation_invalid")
    expect(codeOf(() => customiseLine(recipe, "medium", 12.5, { remove: ["onion"], add: ["onion"] }))).toBe("customisation_invalid")
    expect(codeOf(() => customiseLine(undefined, "medium", 12.5, { remove: [], add: ["chorizo"] }))).toBe("too_many_extras")
  })

  it("is never nothing: leaving out every ingredient of its size is refused", () => {
    const bare: DishRecipe = { ...recipe, options: { ...recipe.options, removable: ["mozza", "onion"] } }
    expect(codeOf(() => customiseLine(bare, "medium", 12.5, { remove: ["mozza", "onion"], add: [] }))).toBe("removal_not_allowed")
  })

  it("once sold, takes what was sold whatever the options became since", () => {
    const withdrawn: DishRecipe = { ...recipe, options: { removable: [], extras: [recipe.options.extras[1]], max_extras: 0 } }
    const kit = soldKit(withdrawn, "medium", { remove: ["onion"], add: ["chorizo", "mozza"] })
    // the chorizo no longer offered counts for nothing; the mozzarella still has its quantity
    expect(Object.fromEntries(kit.map((part) => [part.inventory_item_id, part.required_quantity]))).toEqual({ mozza: 180 })
  })

  it("has the allergens of what it takes", () => {
    const allergens = new Map([
      ["mozza", ["lait"]],
      ["chorizo", ["sulfites"]],
      ["onion", []],
    ])
    expect(allergensOf(customiseLine(recipe, "medium", 12.5, { remove: [], add: ["chorizo"] }).kit, allergens)).toEqual(["lait", "sulfites"])
    const noCheese: DishRecipe = { ...recipe, options: { ...recipe.options, removable: ["mozza", "onion"] } }
    expect(allergensOf(customiseLine(noCheese, "medium", 12.5, { remove: ["mozza"], add: [] }).kit, allergens)).toEqual([])
  })
})
