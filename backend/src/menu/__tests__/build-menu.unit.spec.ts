import { buildMenu, type MenuSource } from "../build-menu"

const source = (left: Record<string, number>, makeable: Record<string, number> = { "marg-m": 5, "marg-l": 5 }): MenuSource => ({
  products: [
    {
      id: "prod_marg",
      title: "Margherita",
      handle: "margherita",
      description: null,
      thumbnail: null,
      categories: [],
      variants: [
        { id: "marg-m", title: "M", rank: 0, manage_inventory: true, allow_backorder: false, price: 10.5, kit: [{ inventory_item_id: "mozza", required_quantity: 120 }] },
        { id: "marg-l", title: "L", rank: 1, manage_inventory: true, allow_backorder: false, price: 13.5, kit: [{ inventory_item_id: "mozza", required_quantity: 160 }] },
      ],
      options: {
        removable: ["mozza"],
        extras: [
          {
            inventory_item_id: "mozza",
            sizes: [
              { variant_id: "marg-m", price: 1.2, quantity: 60 },
              { variant_id: "marg-l", price: 1.5, quantity: 80 },
            ],
          },
          { inventory_item_id: "chorizo", sizes: [{ variant_id: "marg-m", price: 2, quantity: 40 }] },
        ],
        max_extras: 2,
      },
    },
  ],
  ingredients: new Map([
    ["mozza", { name: "Mozzarella", allergens: ["milk"] }],
    ["chorizo", { name: "Chorizo", allergens: ["sulphites"] }],
  ]),
  makeable: new Map(Object.entries(makeable)),
  pauses: new Map(),
  available: new Map(Object.entries(left)),
})

describe("a dish's customisation on the menu", () => {
  it("lists the removable ingredients and, per size, the extras with their price and whether one pizza with it can be made now", () => {
    // 220 g of mozzarella left: a medium takes 120 + 60 (fits), a large 160 + 80 (does not)
    const [dish] = buildMenu(source({ mozza: 220, chorizo: 40 }))
    expect(dish.ingredients).toEqual([{ id: "mozza", name: "Mozzarella", allergens: ["milk"], removable: true }])
    expect(dish.customisation?.max_extras).toBe(2)
    expect(dish.customisation?.extras.map((extra) => [extra.name, extra.sizes.map((size) => [size.variant_id, size.price, size.available])])).toEqual([
      [
        "Mozzarella",
        [
          ["marg-m", 1.2, true],
          ["marg-l", 1.5, false],
        ],
      ],
      ["Chorizo", [["marg-m", 2, true]]],
    ])
  })

  it("offers no extra on a size that cannot be made, and none of an ingredient that ran out", () => {
    const [dish] = buildMenu(source({ mozza: 1000, chorizo: 39 }, { "marg-m": 0, "marg-l": 5 }))
    expect(dish.customisation?.extras.flatMap((extra) => extra.sizes.filter((size) => size.available).map((size) => `${extra.id}/${size.variant_id}`))).toEqual(["mozza/marg-l"])
  })

  it("has no customisation for a dish without options", () => {
    const plain = source({})
    plain.products[0].options = null
    expect(buildMenu(plain)[0].customisation).toBeNull()
  })
})
