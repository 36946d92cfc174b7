import type { MenuAvailabilityResponse, MenuItem, MenuResponse } from "@oc-pizza/api-types"
import { withAvailability } from "../menu-availability"

const dish = (id: string, sizes: string[]): MenuItem => ({
  product_id: id,
  title: id,
  handle: id,
  description: null,
  thumbnail: null,
  category: null,
  variants: sizes.map((size) => ({ id: size, title: size, price: 10, makeable: 9, available: true })),
  ingredients: [{ id: "mozzarella", name: "Mozzarella", allergens: ["lait"], removable: false }],
  allergens: ["lait"],
  customisation: {
    max_extras: 2,
    extras: [{ id: "chorizo", name: "Chorizo", allergens: [], sizes: sizes.map((size) => ({ variant_id: size, price: 2, quantity: 40, available: true })) }],
  },
  available: true,
  unavailable_reason: null,
})

/** The catalogue as the shop cached it at version 4, with the figures of that moment. */
const cached: MenuResponse = { pizzeria_id: "sloc_1", locale: "fr-FR", catalogue_version: 4, items: [dish("margherita", ["m-s", "m-l"]), dish("regina", ["r-s"])] }

describe("withAvailability", () => {
  it("takes every live figure from the availability and everything else from the cached catalogue", () => {
    const live: MenuAvailabilityResponse = {
      pizzeria_id: "sloc_1",
      locale: "fr-FR",
      catalogue_version: 4,
      items: [
        {
          product_id: "margherita",
          available: true,
          unavailable_reason: null,
          variants: [
            { id: "m-s", makeable: 1, available: true },
            { id: "m-l", makeable: 0, available: false },
          ],
          // the chorizo is short for a large one
          extras: [{ id: "chorizo", available_variant_ids: ["m-s"] }],
        },
        {
          product_id: "regina",
          available: false,
          unavailable_reason: { code: "paused", message: "Four en panne" },
          variants: [{ id: "r-s", makeable: 5, available: false }],
          extras: [{ id: "chorizo", available_variant_ids: [] }],
        },
      ],
    }
    const [margherita, regina] = withAvailability(cached, live)
    expect(margherita.variants).toEqual([
      { id: "m-s", title: "m-s", price: 10, makeable: 1, available: true },
      { id: "m-l", title: "m-l", price: 10, makeable: 0, available: false },
    ])
    expect(margherita.ingredients).toEqual([{ id: "mozzarella", name: "Mozzarella", allergens: ["lait"], removable: false }])
    expect(margherita.customisation?.extras[0].sizes.map((size) => [size.variant_id, size.available])).toEqual([
      ["m-s", true],
      ["m-l", false],
    ])
    expect(regina).toMatchObject({ available: false, unavailable_reason: { code: "paused", message: "Four en panne" } })
  })

  it("drops a dish the figures no longer list, and offers no size they do not list", () => {
    const live: MenuAvailabilityResponse = {
      pizzeria_id: "sloc_1",
      locale: "fr-FR",
      catalogue_version: 4,
      items: [{ product_id: "margherita", available: true, unavailable_reason: null, variants: [{ id: "m-s", makeable: 3, available: true }], extras: [] }],
    }
    const items = withAvailability(cached, live)
    expect(items.map((item) => item.product_id)).toEqual(["margherita"])
    expect(items[0].variants.map((variant) => [variant.id, variant.available])).toEqual([
      ["m-s", true],
      ["m-l", false],
    ])
  })

  it("keeps a catalogue of another version whole: it was read after the figures, with its own", () => {
    const newer: MenuResponse = { ...cached, catalogue_version: 5 }
    const live: MenuAvailabilityResponse = { pizzeria_id: "sloc_1", locale: "fr-FR", catalogue_version: 4, items: [] }
    expect(withAvailability(newer, live)).toBe(newer.items)
  })
})
