import { findAccessRule } from "../access-policy"
import { assertMayGive } from "../manage-staff"

describe("findAccessRule", () => {
  it("prefers the more literal route: a static segment over a parameter, a parameter over the rest of the path", () => {
    expect(findAccessRule("GET", "/admin/staff/me")?.rule.roles).toContain("pizzaiolo")
    expect(findAccessRule("GET", "/admin/staff/staff_01")?.rule.path).toBe("/admin/staff/:id")
    expect(findAccessRule("POST", "/admin/orders/export")?.rule.roles).toEqual([])
    // Express matches paths whatever their case: so does the policy
    expect(findAccessRule("POST", "/admin/orders/Export")?.rule.roles).toEqual([])
    expect(findAccessRule("GET", "/ADMIN/Recipes")?.rule.roles).toEqual(["manager", "pizzaiolo"])
    expect(findAccessRule("GET", "/admin/orders/order_1")?.rule).toMatchObject({ path: "/admin/orders/:id", scope: { kind: "order" } })
    expect(findAccessRule("POST", "/admin/orders/order_1/cancel")?.rule).toMatchObject({ path: "/admin/orders/:id/*", roles: ["manager"] })
    expect(findAccessRule("GET", "/admin/stock-locations/sloc_1/fulfillment-sets")?.rule.roles).toEqual([])
    expect(findAccessRule("GET", "/admin/stock-locations/sloc_1/ingredients")?.params).toEqual({ id: "sloc_1" })
    // a manager sets the thresholds of their own pizzeria's ingredients
    expect(findAccessRule("POST", "/admin/stock-locations/sloc_1/ingredients/iitem_1")).toMatchObject({
      rule: { roles: ["manager"], scope: { kind: "pizzeria-param" } },
      params: { id: "sloc_1" },
    })
    expect(findAccessRule("GET", "/admin/pizzerias/sloc_1/deliveries/runs")?.rule).toMatchObject({ roles: ["manager", "driver"], scope: { kind: "pizzeria-param" } })
    expect(findAccessRule("POST", "/admin/pizzerias/sloc_1/deliveries/runs")).toBeUndefined()
  })

  it("matches the method: a read rule does not open the write", () => {
    expect(findAccessRule("GET", "/admin/recipes")?.rule.roles).toEqual(["manager", "pizzaiolo"])
    expect(findAccessRule("POST", "/admin/recipes")?.rule.roles).toEqual([])
    expect(findAccessRule("DELETE", "/admin/stores/store_1")?.rule.roles).toEqual([])
  })

  it("opens what the admin's shell and orders list load to every role, reads only: the own notification feed, the regions, the own sales channels", () => {
    const everyone = ["manager", "pizzaiolo", "driver", "counter"]
    expect(findAccessRule("GET", "/admin/notifications")?.rule).toMatchObject({ roles: everyone, scope: { kind: "own-feed" } })
    expect(findAccessRule("GET", "/admin/regions")?.rule).toMatchObject({ roles: everyone, scope: { kind: "fields", allowed: ["id", "name", "currency_code"] } })
    expect(findAccessRule("GET", "/admin/sales-channels")?.rule).toMatchObject({ roles: everyone, scope: { kind: "list", filter: "id", of: "sales_channels" } })
    // one notification, one region, one channel, and every write stay the admin's
    for (const [method, path] of [
      ["GET", "/admin/notifications/noti_1"],
      ["GET", "/admin/regions/reg_1"],
      ["POST", "/admin/regions"],
      ["DELETE", "/admin/regions/reg_1"],
      ["GET", "/admin/sales-channels/sc_1"],
      ["POST", "/admin/sales-channels"],
      ["POST", "/admin/sales-channels/sc_1/products"],
    ]) {
      expect({ method, path, roles: findAccessRule(method, path)?.rule.roles }).toEqual({ method, path, roles: [] })
    }
  })

  it("leaves an unknown area unclassified, so the guard refuses it to all but admins", () => {
    expect(findAccessRule("GET", "/admin/something-new")).toBeUndefined()
    expect(findAccessRule("GET", "/admin")).toBeUndefined()
  })
})

describe("assertMayGive", () => {
  const manager = { id: "s1", email: "m@x.fr", role: "manager" as const, pizzeria_ids: ["a"] }
  it("lets a manager hand pizzeria roles at their pizzerias only", () => {
    expect(() => assertMayGive(manager, "driver", ["a"])).not.toThrow()
    expect(() => assertMayGive(manager, "driver", ["a", "b"])).toThrow(expect.objectContaining({ code: "other_pizzeria" }))
    expect(() => assertMayGive(manager, "manager", ["a"])).toThrow(expect.objectContaining({ code: "forbidden_for_role" }))
    expect(() => assertMayGive(manager, "driver", [])).toThrow(expect.objectContaining({ code: "pizzeria_required" }))
  })
  it("lets an admin make anyone anything", () => {
    expect(() => assertMayGive({ ...manager, role: "admin" }, "admin", [])).not.toThrow()
    expect(() => assertMayGive({ ...manager, role: "admin" }, "manager", ["b"])).not.toThrow()
  })
})
