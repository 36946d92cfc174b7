import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "../../helpers/test-runner"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { allowedFieldsOf, findAccessRule } from "../../../src/staff/access-policy"
import { queryGraph, type QueryGraph } from "../../../src/staff/query-graph"
import type { StaffRole } from "../../../src/modules/staff/roles"
import { registeredAdminRoutes, type Route } from "../../helpers/registered-routes"
import { loadDemoStore, placeOrderAt, settle, type DemoStore } from "../../helpers/demo-store"
import { signIn } from "../../helpers/sign-in"

jest.setTimeout(300_000)

type Headers = { headers: { authorization: string } }
const PIZZERIA_ROLES: StaffRole[] = ["manager", "pizzaiolo", "driver", "counter"]
const EMAILS: Record<StaffRole, string> = {
  admin: "admin@oc-pizza.test",
  manager: "manager@oc-pizza.test",
  pizzaiolo: "pizzaiolo@oc-pizza.test",
  driver: "livreur@oc-pizza.test",
  counter: "comptoir@oc-pizza.test",
}

/** Where a path ends that a pizzeria role must not reach through fields=: people, their orders and carts, payments, stock. */
const TARGET = /^(Order|Cart|Customer|Payment|Refund|Inventory|Reservation)|Address$/
/** Whole records of other people, or every pizzeria's stock: an allow-list may reach them only as the order's own customer. */
const OUTSIDE = new Set(["Order", "Cart", "Customer", "CustomerAddress", "InventoryLevel", "ReservationItem"])

/** The entity a route's fields= are read on: its first path segment; our own routes are attacked with an order's paths. */
const ROOT_TYPES: Record<string, string> = {
  orders: "Order",
  "order-edits": "Order",
  products: "Product",
  "product-variants": "ProductVariant",
  "product-categories": "ProductCategory",
  "stock-locations": "StockLocation",
  stores: "Store",
  users: "User",
  "inventory-items": "InventoryItem",
  currencies: "Currency",
  returns: "Return",
  claims: "OrderClaim",
  exchanges: "OrderExchange",
  reservations: "ReservationItem",
}
const rootTypeOf = (matcher: string) => ROOT_TYPES[matcher.split("/")[2]] ?? "Order"

/** Every relation path from a type, up to `depth` hops, that ends on a TARGET type. */
function pathsToTargets(graph: QueryGraph, root: string, depth: number): string[] {
  const found: string[] = []
  const walk = (type: string, prefix: string[]) => {
    if (prefix.length === depth) return
    for (const [relation, target] of graph.get(type) ?? []) {
      const next = [...prefix, relation]
      if (TARGET.test(target)) found.push(next.join("."))
      walk(target, next)
    }
  }
  walk(root, [])
  return [...new Set(found)]
}

/** The types an allow-list entry walks through, from the route's entity; undefined when a segment is no relation. */
function typesAlong(graph: QueryGraph, root: string, entry: string): string[] | undefined {
  const segments = entry.replace(/^\*$/, "").replace(/\.\*$/, "").split(".").filter(Boolean)
  const relations = entry.endsWith("*") ? segments : segments.slice(0, -1)
  const types: string[] = []
  let type = root
  for (const relation of relations) {
    const next = graph.get(type)?.get(relation)
    if (!next) return undefined
    types.push(next)
    type = next
  }
  return types
}

/** A constant the dashboard sends, read from its build: the list after `var NAME = [` or the string after `var NAME =`. */
function dashboardConstant(marker: string, name: string): string[] {
  const dist = path.join(path.dirname(require.resolve("@medusajs/dashboard/package.json")), "dist")
  const file = fs
    .readdirSync(dist)
    .filter((entry) => entry.endsWith(".mjs"))
    .map((entry) => fs.readFileSync(path.join(dist, entry), "utf8"))
    .find((text) => text.includes(marker))
  if (!file) throw new Error(`the dashboard no longer has ${marker}`)
  const after = file.slice(file.indexOf(marker))
  const declaration = after.slice(after.indexOf(`var ${name} =`))
  const body = declaration.startsWith(`var ${name} = [`) ? declaration.slice(0, declaration.indexOf("];")) : declaration.slice(0, declaration.indexOf(";"))
  const strings = [...body.matchAll(/"([^"]*)"/g)].map((match) => match[1])
  return strings.flatMap((text) => text.split(","))
}

/** Runs requests a few at a time: fast, without drowning a two-core machine. */
async function inChunks<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(run))))
  return results
}

/** The spellings Medusa reads as the same selection, and the query shapes that carry it. */
/**
 * Paths that lead out of a pizzeria whatever the query graph says: tried on
 * every rule besides the generated ones, so a relation the graph (and so the
 * guard) did not know of cannot pass unseen.
 */
const KNOWN_WAYS_OUT = [
  "customer.orders",
  "customer.carts",
  "customer.addresses",
  "sales_channel.orders",
  "sales_channel.carts",
  "sales_channels.orders",
  "sales_channels.carts",
  "items.variant.inventory_items.inventory.location_levels",
  "variants.inventory_items.inventory.location_levels",
  "location_levels",
]

const SPELLINGS = [(p: string) => `${p}.*`, (p: string) => `*${p}`, (p: string) => `+${p}.*`, (p: string) => `${p}.id`, (p: string) => `id,${p}.*`, (p: string) => ` ${p}.email`]
const SHAPES = [
  (value: string) => `fields=${encodeURIComponent(value)}`,
  (value: string) => `fields%5B%5D=${encodeURIComponent(value)}`,
  (value: string) => `fields=id&fields=${encodeURIComponent(value)}`,
  (value: string) => `fields%5Ba%5D=${encodeURIComponent(value)}`,
  (value: string) => `expand=${encodeURIComponent(value)}`,
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const headers = {} as Record<StaffRole, Headers>
    let routes: Route[]
    let own: { pizzeria: string; orderId: string; ticketId: string; zone: string }
    let other: { orderId: string }

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      for (const role of Object.keys(EMAILS) as StaffRole[]) headers[role] = await signIn(api, EMAILS[role])
      routes = await registeredAdminRoutes()
      const centre = store.pizzeria("Amiens Centre")
      const [zone] = await getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).listDeliveryZones({ stock_location_id: centre.id })
      own = { pizzeria: centre.id, ...(await placeOrderAt(api, getContainer(), store, centre)), zone: zone.id }
      other = await placeOrderAt(api, getContainer(), store, store.pizzeria("Saint-Leu"))
    })

    /** A route's URL at the member's own pizzeria (own order, ticket, zone), with the query given. */
    const urlOf = (route: Route, query: string) => {
      const scope = findAccessRule(route.method, route.matcher)!.rule.scope
      const id = { ticket: own.ticketId, order: own.orderId, zone: own.zone }[scope?.kind as string] ?? own.pizzeria
      const url = route.matcher.replace(/:id\b/, id).replace(/:[a-z_]+/g, "unknown")
      return `${url}?${scope?.kind === "pizzeria-query" ? `${scope.name}=${own.pizzeria}&` : ""}${query}`
    }
    const call = (route: Route, query: string, role: StaffRole) =>
      settle(api.request({ method: route.method, url: urlOf(route, query), data: route.method === "POST" ? {} : undefined, timeout: 15_000, ...headers[role] }))

    it("allow-lists name real relations, and none leads to another order, cart, customer or to stock", () => {
      const graph = queryGraph()
      const wrong: string[] = []
      for (const type of new Set(Object.values(ROOT_TYPES))) if (!graph.has(type)) wrong.push(`no entity ${type} in the query graph`)
      for (const route of routes) {
        const { rule } = findAccessRule(route.method, route.matcher)!
        for (const entry of allowedFieldsOf(rule)) {
          const types = typesAlong(graph, rootTypeOf(route.matcher), entry)
          if (!types) wrong.push(`${route.matcher}: ${entry} is no relation path of ${rootTypeOf(route.matcher)}`)
          // an order's own customer is the first hop; nothing further may be a whole record of someone else
          else if (types.some((type, hop) => OUTSIDE.has(type) && !(hop === 0 && type === "Customer" && rootTypeOf(route.matcher) === "Order"))) {
            wrong.push(`${route.matcher}: ${entry} leads to ${types.join(" → ")}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })

    it("refuses every relation path toward orders, carts, customers, addresses, payments or stock on every route a pizzeria role may call", async () => {
      const graph = queryGraph()
      const callable = routes.filter((route) => route.matcher !== "/admin/invites/accept" && findAccessRule(route.method, route.matcher)!.rule.roles.length)
      expect(callable.map((route) => `${route.method} ${route.matcher}`)).toEqual(
        expect.arrayContaining(["GET /admin/orders", "GET /admin/orders/:id", "GET /admin/products", "GET /admin/stock-locations"])
      )

      // routes open without signing in (feature flags) are not the guard's: fields there reach nobody's data
      const open = (
        await inChunks(callable, 16, async (route) =>
          (await settle(api.request({ method: route.method, url: urlOf(route, ""), timeout: 15_000 }))).status === 401 ? undefined : route
        )
      ).filter((route): route is Route => Boolean(route))
      expect(open.map((route) => `${route.method} ${route.matcher}`)).toEqual(["GET /admin/feature-flags"])

      // the guard decides on the rule and the field: each path is tried once per rule, on its routes and roles in turn
      const byRule = new Map<object, Route[]>()
      for (const route of callable.filter((candidate) => !open.includes(candidate))) {
        const { rule } = findAccessRule(route.method, route.matcher)!
        byRule.set(rule, [...(byRule.get(rule) ?? []), route])
      }
      type Attempt = { route: Route; role: StaffRole; query: string; allowed: boolean }
      const attempts: Attempt[] = []
      let spelling = 0
      for (const [, ruleRoutes] of byRule) {
        const { rule } = findAccessRule(ruleRoutes[0].method, ruleRoutes[0].matcher)!
        const listed = new Set(allowedFieldsOf(rule))
        for (const root of new Set(ruleRoutes.map((route) => rootTypeOf(route.matcher)))) {
          const routesOfRoot = ruleRoutes.filter((route) => rootTypeOf(route.matcher) === root)
          // a route without a list accepts no fields at all: paths two hops deep are enough to show it
          const reachable = pathsToTargets(graph, root, listed.size ? 3 : 2)
          // an entity that reaches none (currencies, users) is tried with an order's paths: unknown fields are refused too
          const paths = [...(reachable.length ? reachable : pathsToTargets(graph, "Order", 2)), ...KNOWN_WAYS_OUT].filter(
            (candidate) => !listed.has(`${candidate}.*`) && !listed.has(candidate)
          )
          // every path once, and every route at least once
          for (let index = 0; index < Math.max(paths.length, routesOfRoot.length); index++) {
            const field = SPELLINGS[spelling % SPELLINGS.length](paths[index % paths.length])
            const query = SHAPES[Math.floor(spelling / SPELLINGS.length) % SHAPES.length](field)
            spelling++
            attempts.push({ route: routesOfRoot[index % routesOfRoot.length], role: rule.roles[index % rule.roles.length], query, allowed: true })
          }
        }
        // and a role that may not call the route is refused the route itself
        for (const route of ruleRoutes) {
          for (const role of PIZZERIA_ROLES.filter((candidate) => !rule.roles.includes(candidate))) {
            attempts.push({ route, role, query: SHAPES[0]("customer.orders.*"), allowed: false })
          }
        }
      }

      const wrong = (
        await inChunks(attempts, 16, async (attempt) => {
          const { status, data } = await call(attempt.route, attempt.query, attempt.role)
          const expected = attempt.allowed ? { status: 400, code: "fields_not_allowed" } : { status: 403, code: "forbidden_for_role" }
          return status === expected.status && data?.code === expected.code
            ? undefined
            : `${attempt.role} ${attempt.route.method} ${urlOf(attempt.route, attempt.query)}: ${status} ${data?.code ?? ""}`
        })
      ).filter(Boolean)
      expect(wrong.slice(0, 20)).toEqual([])
      // the size of the attack, for whoever wonders what this test costs
    })

    it("says in words which fields were refused, and refuses fields in any other shape", async () => {
      const refused = await settle(api.get(`/admin/orders/${own.orderId}?fields=id,*customer,customer.orders.*,sales_channel.carts.email`, headers.manager))
      expect(refused).toMatchObject({ status: 400, data: { code: "fields_not_allowed", details: { refused: ["customer.orders.*", "sales_channel.carts.email"] } } })
      expect(refused.data.message).toMatch(/customer\.orders\.\*, sales_channel\.carts\.email/)
      expect(refused.data.message).toMatch(/GET \/admin\/orders\//)

      for (const query of [
        "fields[a]=customer.orders.*",
        "fields.a=customer.orders.*",
        "fields[0][a]=customer",
        "fields=-customer.orders.*,id",
        "fields=-customer.orders.*,%20",
        "fields=*",
        "fields=Customer.Orders.*",
      ]) {
        const { status, data } = await settle(api.get(`/admin/orders?${query}`, headers.manager))
        expect({ query, status, code: data.code }).toEqual({ query, status: 400, code: "fields_not_allowed" })
      }
      // a route without a list takes no fields, even harmless ones; a removal alone changes nothing
      expect((await settle(api.get(`/admin/kitchen/tickets?pizzeria_id=${own.pizzeria}&fields=id`, headers.pizzaiolo))).data.code).toBe("fields_not_allowed")
      expect((await settle(api.get("/admin/feature-flags?fields=-id", headers.driver))).status).toBe(200)
      // admins choose any field
      expect((await settle(api.get(`/admin/orders/${own.orderId}?fields=id,customer.orders.id`, await store.adminHeaders()))).status).toBe(200)
    })

    it("lets the dashboard's order, product and pizzeria pages through, with the member's pizzeria's data only", async () => {
      const orderList = [
        ...dashboardConstant("// src/routes/orders/order-list/const.ts", "DEFAULT_PROPERTIES"),
        ...dashboardConstant("// src/routes/orders/order-list/const.ts", "DEFAULT_RELATIONS"),
      ].join(",")
      const orderDetail = [
        ...dashboardConstant("// src/routes/orders/order-detail/constants.ts", "DEFAULT_PROPERTIES"),
        ...dashboardConstant("// src/routes/orders/order-detail/constants.ts", "DEFAULT_RELATIONS"),
      ].join(",")
      const productList = dashboardConstant("// src/hooks/table/query/use-product-table-query.tsx", "DEFAULT_FIELDS").join(",")
      expect(orderDetail).toContain("*customer")
      expect(productList).toContain("*sales_channels")
      const centre = store.pizzeria("Amiens Centre")

      for (const role of ["manager", "counter"] as StaffRole[]) {
        const list = await settle(api.get(`/admin/orders?limit=100&fields=${encodeURIComponent(orderList)}`, headers[role]))
        expect(list.status).toBe(200)
        const ids = list.data.orders.map((order: { id: string }) => order.id)
        expect(ids).toContain(own.orderId)
        expect(ids).not.toContain(other.orderId)
        expect(list.data.orders.every((order: { sales_channel: { id: string } }) => order.sales_channel.id === centre.sales_channel_id)).toBe(true)
      }

      const detail = await settle(api.get(`/admin/orders/${own.orderId}?fields=${encodeURIComponent(orderDetail)}`, headers.manager))
      expect(detail.status).toBe(200)
      expect(detail.data.order).toMatchObject({ id: own.orderId, sales_channel: { id: centre.sales_channel_id }, items: [expect.objectContaining({ quantity: 1 })] })
      expect(detail.data.order.customer).toEqual(expect.objectContaining({ email: "client@example.test" }))
      expect(detail.data.order.customer.orders).toBeUndefined()
      // a relation named alone (as Medusa reads "-customer" among plain fields) brings no more than its own fields
      const bare = await settle(api.get(`/admin/orders/${own.orderId}?fields=id,customer,items`, headers.manager))
      expect(bare.status).toBe(200)
      expect(bare.data.order.customer?.orders).toBeUndefined()
      expect(bare.data.order.customer?.addresses).toBeUndefined()
      // the dashboard's shell, on every staff page: the saved layout
      for (const role of PIZZERIA_ROLES) expect((await settle(api.get("/admin/layouts/configurations?limit=1&fields=id", headers[role]))).data.code).not.toBe("fields_not_allowed")
      const elsewhere = await settle(api.get(`/admin/orders/${other.orderId}?fields=${encodeURIComponent(orderDetail)}`, headers.manager))
      expect(elsewhere).toMatchObject({ status: 403, data: { code: "other_pizzeria" } })

      const { data: products } = await api.get("/admin/products?limit=1&fields=id", headers.manager)
      const allowed: [StaffRole, string][] = [
        ["pizzaiolo", `/admin/products?limit=20&fields=${encodeURIComponent(productList)}`],
        ["manager", "/admin/products?limit=500&fields=id,title,variants.id,variants.title,variants.variant_rank"],
        ["driver", `/admin/products/${products.products[0].id}?fields=${encodeURIComponent("*categories,*shipping_profile,-variants")}`],
        ["driver", `/admin/products/${products.products[0].id}?fields=${encodeURIComponent("-type,-collection,-options,-tags,-images,-variants,-sales_channels")}`],
        ["manager", "/admin/product-categories?fields=id,name,category_children,handle,is_internal,is_active&include_descendants_tree=true"],
        ["counter", "/admin/stores?fields=%2Bsupported_currencies"],
        ["pizzaiolo", "/admin/inventory-items?limit=1000&fields=id,title"],
        ["driver", "/admin/users/me"],
      ]
      for (const [role, url] of allowed) {
        const { status, data } = await settle(api.get(url, headers[role]))
        expect({ url, status, code: data.code }).toEqual({ url, status: 200, code: undefined })
      }

      const locationList = dashboardConstant("// src/routes/locations/location-list", "LOCATION_LIST_FIELDS").join(",")
      const { status, data: locations } = await settle(api.get(`/admin/stock-locations?fields=${encodeURIComponent(locationList)}`, headers.manager))
      expect(status).toBe(200)
      expect(locations.stock_locations.map((location: { id: string }) => location.id)).toEqual([centre.id])
    })
  },
})
