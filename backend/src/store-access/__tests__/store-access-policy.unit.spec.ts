import { findStoreRule } from "../store-access-policy"

describe("findStoreRule", () => {
  it("takes the literal segment over the parameter", () => {
    expect(findStoreRule("GET", "/store/orders/order_1/tracking")?.rule.path).toBe("/store/orders/:id/tracking")
    expect(findStoreRule("GET", "/store/orders/order_1")?.rule.path).toBe("/store/orders/:id")
    expect(findStoreRule("GET", "/store/orders")?.rule.scope).toEqual({ kind: "own" })
  })

  it("matches as Express does: any case, a trailing slash, escaped ids decoded", () => {
    expect(findStoreRule("GET", "/STORE/Orders/order_1/")).toMatchObject({ rule: { path: "/store/orders/:id" }, params: { id: "order_1" } })
    expect(findStoreRule("POST", "/store/carts/cart%5F1/line-items/x")).toMatchObject({ params: { id: "cart_1", line_id: "x" } })
    expect(findStoreRule("GET", "/store/carts/%E0%A4%A")?.params.id).toBe("%E0%A4%A")
  })

  it("knows the method: a route classified for GET is not classified for POST", () => {
    expect(findStoreRule("POST", "/store/orders/order_1")).toBeUndefined()
    expect(findStoreRule("DELETE", "/store/products")).toBeUndefined()
    expect(findStoreRule("GET", "/store/not-a-route")).toBeUndefined()
  })
})
