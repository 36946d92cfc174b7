import { CHECKOUT_CART_KEY, cartOfOrder } from "../same-basket"

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 5, 19, 0, seconds))
const order = {
  id: "order_1",
  email: "client@example.test",
  sales_channel_id: "sc_leu",
  created_at: at(30),
  items: [
    { variant_id: "var_marg_m", detail: { quantity: 2 } },
    { variant_id: "var_reine_l", quantity: 1 },
  ],
}
const cart = (id: string, changes: Record<string, unknown> = {}) => ({
  id,
  email: "client@example.test",
  sales_channel_id: "sc_leu",
  created_at: at(0),
  completed_at: null,
  items: [
    { variant_id: "var_reine_l", quantity: 1 },
    { variant_id: "var_marg_m", quantity: 2 },
  ],
  ...changes,
})

const cartId = (...args: Parameters<typeof cartOfOrder>) => cartOfOrder(...args).cart?.id
const naming = (id: string) => ({ ...order, metadata: { [CHECKOUT_CART_KEY]: id } })

describe("cartOfOrder", () => {
  it("finds the cart with the same customer, pizzeria and lines, made before the order", () => {
    expect(cartId(order, [cart("cart_a")])).toBe("cart_a")
  })

  it("takes, of several such carts, the one the order names, wherever it is in the list", () => {
    const siblings = [cart("cart_old", { created_at: at(-600) }), cart("cart_a"), cart("cart_b", { created_at: at(10) })]
    expect(cartId(naming("cart_a"), siblings)).toBe("cart_a")
    expect(cartId(naming("cart_old"), siblings)).toBe("cart_old")
    expect(cartOfOrder(naming("cart_a"), siblings).fitting.map((fit) => fit.id)).toEqual(["cart_old", "cart_a", "cart_b"])
  })

  it("takes nothing when several carts fit and the order names none of them: it does not guess", () => {
    const siblings = [cart("cart_old", { created_at: at(-600) }), cart("cart_a")]
    expect(cartOfOrder(order, siblings)).toEqual({ cart: undefined, fitting: siblings })
    expect(cartId({ ...order, metadata: { [CHECKOUT_CART_KEY]: "cart_unknown" } }, siblings)).toBeUndefined()
    expect(cartId({ ...order, metadata: { [CHECKOUT_CART_KEY]: 42 } }, siblings)).toBeUndefined()
  })

  it("ignores a name pointing to a cart whose basket is not the order's (a customer may write a cart's metadata)", () => {
    const others = cart("cart_other", { email: "other@example.test" })
    const sibling = cart("cart_a")
    expect(cartId(naming("cart_other"), [others, sibling])).toBe("cart_a")
    expect(cartId(naming("cart_other"), [others, sibling, cart("cart_b")])).toBeUndefined()
    expect(cartId(naming("cart_other"), [others])).toBeUndefined()
    expect(cartId(naming("cart_late"), [cart("cart_late", { created_at: at(40) })])).toBeUndefined()
  })

  it("leaves an order no cart fits: another customer, pizzeria, basket, a cart made after it or completed in another run", () => {
    expect(cartId(order, [cart("cart_b", { email: "other@example.test" })])).toBeUndefined()
    expect(cartId(order, [cart("cart_c", { sales_channel_id: "sc_dury" })])).toBeUndefined()
    expect(cartId(order, [cart("cart_d", { items: [{ variant_id: "var_marg_m", quantity: 2 }] })])).toBeUndefined()
    expect(cartId(order, [cart("cart_e", { created_at: at(40) })])).toBeUndefined()
    expect(cartId(order, [cart("cart_f", { completed_at: at(-3600) })])).toBeUndefined()
    expect(cartId({ ...order, email: null }, [cart("cart_g", { email: null })])).toBeUndefined()
  })

  it("accepts a cart marked completed in the same run", () => {
    expect(cartId(order, [cart("cart_h", { completed_at: at(30) })])).toBe("cart_h")
  })
})
