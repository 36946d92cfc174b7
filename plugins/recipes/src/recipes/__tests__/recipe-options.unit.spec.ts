import { optionsOf, validateRecipeOptions, type RecipeOptions } from "../recipe-options"

const variants = new Set(["var_s", "var_m"])
const known = new Set(["iitem_mozza", "iitem_onion", "iitem_chorizo"])
const items = [{ inventory_item_id: "iitem_mozza" }, { inventory_item_id: "iitem_onion" }]
const chorizo = { inventory_item_id: "iitem_chorizo", sizes: [{ variant_id: "var_s", price: 1.5, quantity: 30 }] }

const fieldOf = (options: RecipeOptions): string | undefined => {
  try {
    validateRecipeOptions(options, items, variants, known)
    return undefined
  } catch (error) {
    return (error as { details: { field: string } }).details.field
  }
}

describe("a recipe's options", () => {
  it("accept removals of its own ingredients and extras priced per size", () => {
    expect(fieldOf({ removable: ["iitem_onion"], extras: [chorizo, { ...chorizo, inventory_item_id: "iitem_mozza" }], max_extras: 3 })).toBeUndefined()
  })

  it("refuse, naming the field, what a customer could not be given", () => {
    expect(fieldOf({ removable: ["iitem_chorizo"], extras: [], max_extras: 0 })).toBe("options.removable[0]")
    expect(fieldOf({ removable: ["iitem_onion", "iitem_onion"], extras: [], max_extras: 0 })).toBe("options.removable[1]")
    expect(fieldOf({ removable: [], extras: [{ ...chorizo, inventory_item_id: "iitem_gold" }], max_extras: 1 })).toBe("options.extras[0].inventory_item_id")
    expect(fieldOf({ removable: [], extras: [chorizo, chorizo], max_extras: 1 })).toBe("options.extras[1].inventory_item_id")
    expect(fieldOf({ removable: [], extras: [{ ...chorizo, sizes: [{ variant_id: "var_other", price: 1, quantity: 10 }] }], max_extras: 1 })).toBe(
      "options.extras[0].sizes[0].variant_id"
    )
    expect(fieldOf({ removable: [], extras: [{ ...chorizo, sizes: [{ variant_id: "var_s", price: -1, quantity: 10 }] }], max_extras: 1 })).toBe("options.extras[0].sizes[0].price")
    expect(fieldOf({ removable: [], extras: [{ ...chorizo, sizes: [{ variant_id: "var_s", price: 1, quantity: 0 }] }], max_extras: 1 })).toBe("options.extras[0].sizes[0].quantity")
    expect(fieldOf({ removable: [], extras: [chorizo], max_extras: 0 })).toBe("options.max_extras")
  })

  it("read back in full from a recipe saved before options existed", () => {
    expect(optionsOf(null)).toEqual({ removable: [], extras: [], max_extras: 0 })
    expect(optionsOf({ removable: ["iitem_onion"] })).toEqual({ removable: ["iitem_onion"], extras: [], max_extras: 0 })
  })
})
