import { planKitLinks } from "../kit-links"
import { validateRecipeItems } from "../validate-recipe-items"

const link = (variant_id: string, inventory_item_id: string, required_quantity: number) => ({ variant_id, inventory_item_id, required_quantity })

describe("planKitLinks", () => {
  it("creates what is new, updates changed quantities, dismisses what the recipe dropped", () => {
    const existing = [link("s", "mozza", 90), link("s", "basil", 2), link("m", "mozza", 120)]
    const desired = [link("s", "mozza", 100), link("m", "mozza", 120), link("m", "oregano", 1)]
    expect(planKitLinks(desired, existing)).toEqual({
      create: [link("m", "oregano", 1)],
      update: [link("s", "mozza", 100)],
      dismiss: [link("s", "basil", 2)],
    })
  })

  it("does nothing when the kits already match", () => {
    const same = [link("s", "mozza", 90)]
    expect(planKitLinks(same, same)).toEqual({ create: [], update: [], dismiss: [] })
  })
})

describe("validateRecipeItems", () => {
  const variants = new Set(["v1", "v2"])
  const items = new Set(["i1", "i2"])
  const ok = { variant_id: "v1", inventory_item_id: "i1", quantity: 10 }

  it.each([
    [{ ...ok, variant_id: "other" }, "items[0].variant_id: variant other is not a variant of this product"],
    [{ ...ok, inventory_item_id: "nope" }, "items[0].inventory_item_id: unknown ingredient nope"],
    [{ ...ok, quantity: 0 }, "items[0].quantity: must be greater than 0 (got 0)"],
  ])("names the field of %p", (item, message) => {
    expect(() => validateRecipeItems([item], variants, items)).toThrow(message)
  })

  it("refuses the same ingredient twice for one size", () => {
    expect(() => validateRecipeItems([ok, { ...ok, quantity: 5 }], variants, items)).toThrow(/items\[1\]\.inventory_item_id: ingredient i1 appears twice for variant v1/)
  })

  it("accepts a valid recipe", () => {
    expect(() => validateRecipeItems([ok, { ...ok, variant_id: "v2" }, { ...ok, inventory_item_id: "i2" }], variants, items)).not.toThrow()
  })
})
