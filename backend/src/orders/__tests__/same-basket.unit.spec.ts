import { cartOfOrder } from "../same-basket"

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

describe("cartOfOrder", () => {
  it("finds the cart with the same customer, pizzeria and lines, made before the order", () => {
    expect(cartOfOrder(order, [cart("cart_a")])?.id).toBe("cart_a")
  })

  it("takes the latest of several such carts", () => {
    expect(cartOfOrder(order, [cart("cart_old", { created_at: at(-600) }), cart("cart_a")])?.id).toBe("cart_a")
  })

  it("leaves an order no cart fits: another customer, pizzeria, basket, a cart made after it or completed in another run", () => {
    expect(cartOfOrder(order, [cart("cart_b", { email: "other@example.test" })])).toBeUndefined()
    expect(cartOfOrder(order, [cart("cart_c", { sales_channel_id: "sc_dury" })])).toBeUndefined()
    expect(cartOfOrder(order, [cart("cart_d", { items: [{ variant_id: "var_marg_m", quantity: 2 }] })])).toBeUndefined()
    expect(cartOfOrder(order, [cart("cart_e", { created_at: at(40) })])).toBeUndefined()
    expect(cartOfOrder(order, [cart("cart_f", { completed_at: at(-3600) })])).toBeUndefined()
    expect(cartOfOrder({ ...order, email: null }, [cart("cart_g", { email: null })])).toBeUndefined()
  })

  it("accepts a cart marked completed in the same run", () => {
    expect(cartOfOrder(order, [cart("cart_h", { completed_at: at(30) })])?.id).toBe("cart_h")
  })
})
