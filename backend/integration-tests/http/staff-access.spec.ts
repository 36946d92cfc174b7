import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import type { AxiosInstance } from "axios"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { ACCESS_RULES, findAccessRule } from "../../src/staff/access-policy"
import { STAFF_MODULE } from "../../src/modules/staff"
import type StaffModuleService from "../../src/modules/staff/service"
import type { StaffRole } from "../../src/modules/staff/roles"
import { answerOf, registeredAdminRoutes, type Route } from "../helpers/registered-routes"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderPaymentCollectionWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { loadDemoStore, OPEN_ALL_WEEK, placeOrderAt, settle, type DemoStore, DEMO_PASSWORD } from "../helpers/demo-store"
import { signIn } from "../helpers/sign-in"

jest.setTimeout(300_000)

type Headers = { headers: { authorization: string } }
type PizzeriaRole = Exclude<StaffRole, "admin">
const PIZZERIA_ROLES: PizzeriaRole[] = ["manager", "pizzaiolo", "driver", "counter"]
const DEMO_LOGIN: Record<StaffRole, [string, string]> = {
  admin: ["admin@oc-pizza.test", DEMO_PASSWORD],
  manager: ["manager@oc-pizza.test", DEMO_PASSWORD],
  pizzaiolo: ["pizzaiolo@oc-pizza.test", DEMO_PASSWORD],
  driver: ["livreur@oc-pizza.test", DEMO_PASSWORD],
  counter: ["comptoir@oc-pizza.test", DEMO_PASSWORD],
}

const EVERYONE = PIZZERIA_ROLES
const MANAGER: PizzeriaRole[] = ["manager"]
/**
 * Who besides admins reaches each admin route, written out: the test's
 * expectation, never read from src/staff/access-policy.ts (the table it
 * tests). The first rows are the README's role table ("Staff: roles, boards,
 * counter"); every registered admin route not listed here is refused to the
 * four pizzeria roles.
 */
const EXPECTED_ACCESS: Record<string, PizzeriaRole[]> = {
  // the README's table
  "GET /admin/staff/me": EVERYONE,
  "GET /admin/staff": MANAGER,
  "POST /admin/staff": MANAGER,
  "POST /admin/staff/:id": MANAGER,
  "DELETE /admin/staff/:id": MANAGER,
  "GET /admin/pizzerias/:id/deliveries": ["manager", "driver"],
  "GET /admin/pizzerias/:id/deliveries/runs": ["manager", "driver"],
  "GET /admin/pizzerias/:id/customers": ["manager", "counter"],
  "GET /admin/pizzerias/:id/menu": ["manager", "counter"],
  "POST /admin/pizzerias/:id/counter-orders": ["manager", "counter"],
  "GET /admin/pizzerias/:id/counter-quote": ["manager", "counter"],
  "GET /admin/pizzerias/:id/dashboard": MANAGER,
  "POST /admin/pizzerias/:id/online-orders": MANAGER,
  "GET /admin/pizzerias/:id/capacity": MANAGER,
  "POST /admin/pizzerias/:id/capacity": MANAGER,
  "GET /admin/pizzerias/:id/slots": ["manager", "pizzaiolo", "counter"],
  "GET /admin/pizzerias/:id/bookable-slots": ["manager", "counter"],
  "POST /admin/pizzerias": [],

  // what the admin loads for every staff member, and the chain's menu
  "GET /admin/users/me": EVERYONE,
  "GET /admin/stores": EVERYONE,
  "GET /admin/stores/:id": EVERYONE,
  "GET /admin/feature-flags": EVERYONE,
  "GET /admin/currencies": EVERYONE,
  "GET /admin/currencies/:code": EVERYONE,
  "GET /admin/locales": EVERYONE,
  "GET /admin/locales/:code": EVERYONE,
  "GET /admin/layouts/:zone/configuration": EVERYONE,
  "GET /admin/layouts/configurations": EVERYONE,
  "GET /admin/views/:entity/columns": EVERYONE,
  "GET /admin/views/:entity/configurations": EVERYONE,
  "GET /admin/views/:entity/configurations/:id": EVERYONE,
  "GET /admin/views/:entity/configurations/active": EVERYONE,
  "GET /admin/views/entities": EVERYONE,
  // the notification bell (their own feed) and the orders list's filters (regions, their sales channels)
  "GET /admin/notifications": EVERYONE,
  "GET /admin/regions": EVERYONE,
  "GET /admin/sales-channels": EVERYONE,
  "GET /admin/products": EVERYONE,
  "GET /admin/products/:id": EVERYONE,
  "GET /admin/product-categories": EVERYONE,
  "GET /admin/product-categories/:id": EVERYONE,
  "GET /admin/product-variants": EVERYONE,
  "GET /admin/recipes": ["manager", "pizzaiolo"],
  "GET /admin/recipes/:id": ["manager", "pizzaiolo"],
  "GET /admin/recipes/ingredient-options": ["manager", "pizzaiolo"],
  "GET /admin/inventory-items": ["manager", "pizzaiolo"],

  // their pizzerias: stock, menu pauses, hours, zones
  "GET /admin/stock-locations": EVERYONE,
  "GET /admin/stock-locations/:id": EVERYONE,
  "GET /admin/stock-locations/:id/ingredients": ["manager", "pizzaiolo"],
  "GET /admin/stock-locations/:id/makeable": ["manager", "pizzaiolo", "counter"],
  "GET /admin/stock-locations/:id/stock-movements": ["manager", "pizzaiolo"],
  "POST /admin/stock-locations/:id/stock-movements": MANAGER,
  "POST /admin/stock-locations/:id/ingredients/:inventory_item_id": MANAGER,
  "GET /admin/stock-locations/:id/menu-pauses": MANAGER,
  "POST /admin/stock-locations/:id/menu-pauses": MANAGER,
  "DELETE /admin/stock-locations/:id/menu-pauses/:product_id": MANAGER,
  "GET /admin/stock-locations/:id/service-hours": MANAGER,
  "POST /admin/stock-locations/:id/service-hours": MANAGER,
  "GET /admin/delivery-zones": MANAGER,
  "POST /admin/delivery-zones": MANAGER,
  "GET /admin/delivery-zones/map-config": MANAGER,
  "GET /admin/delivery-zones/:id": MANAGER,
  "POST /admin/delivery-zones/:id": MANAGER,
  "DELETE /admin/delivery-zones/:id": MANAGER,

  // the kitchen
  "GET /admin/kitchen/tickets": EVERYONE,
  "GET /admin/kitchen/stream": EVERYONE,
  "POST /admin/kitchen/tickets/:id/transition": EVERYONE,

  // orders: every role lists its pizzerias' orders; the manager changes them
  "GET /admin/orders": EVERYONE,
  "GET /admin/orders/:id": ["manager", "driver", "counter"],
  "POST /admin/orders/:id": MANAGER,
  "GET /admin/orders/:id/changes": ["manager", "driver", "counter"],
  "GET /admin/orders/:id/line-items": ["manager", "driver", "counter"],
  "GET /admin/orders/:id/preview": ["manager", "driver", "counter"],
  // the rest of what Medusa's order page reads: that order's returns, claims and exchanges, its
  // lines' reservations at their pizzerias, the installed plugins' names
  "GET /admin/returns": ["manager", "driver", "counter"],
  "GET /admin/claims": ["manager", "driver", "counter"],
  "GET /admin/exchanges": ["manager", "driver", "counter"],
  "GET /admin/reservations": ["manager", "driver", "counter"],
  "GET /admin/plugins": EVERYONE,
  "GET /admin/users/:id": ["manager", "driver", "counter"],
  "GET /admin/orders/:id/shipping-options": MANAGER,
  "POST /admin/orders/:id/archive": MANAGER,
  "POST /admin/orders/:id/cancel": MANAGER,
  "POST /admin/orders/:id/complete": MANAGER,
  "POST /admin/orders/:id/credit-lines": MANAGER,
  "POST /admin/orders/:id/fulfillments": MANAGER,
  "POST /admin/orders/:id/fulfillments/:fulfillment_id/cancel": MANAGER,
  "POST /admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered": MANAGER,
  "POST /admin/orders/:id/fulfillments/:fulfillment_id/shipments": MANAGER,
  "POST /admin/orders/:id/payment-sessions/authorize": MANAGER,
  "POST /admin/orders/:id/transfer": MANAGER,
  "POST /admin/orders/:id/transfer/cancel": MANAGER,
  "POST /admin/orders/:id/transfer/guest": MANAGER,
  "POST /admin/order-edits": MANAGER,
  "DELETE /admin/order-edits/:id": MANAGER,
  "POST /admin/order-edits/:id/request": MANAGER,
  "POST /admin/order-edits/:id/confirm": MANAGER,
  "POST /admin/order-edits/:id/items": MANAGER,
  "POST /admin/order-edits/:id/items/:action_id": MANAGER,
  "DELETE /admin/order-edits/:id/items/:action_id": MANAGER,
  "POST /admin/order-edits/:id/items/item/:item_id": MANAGER,
  "POST /admin/order-edits/:id/shipping-method": MANAGER,
  "POST /admin/order-edits/:id/shipping-method/:action_id": MANAGER,
  "DELETE /admin/order-edits/:id/shipping-method/:action_id": MANAGER,
}
const keyOf = (route: Route) => `${route.method} ${route.matcher}`
const expectedRoles = (route: Route): PizzeriaRole[] => EXPECTED_ACCESS[keyOf(route)] ?? []

/** What a route's `:id` names, for the requests (written out here, like the expectations). */
function idKindOf(matcher: string): "ticket" | "order" | "zone" | "pizzeria" | undefined {
  if (matcher.startsWith("/admin/kitchen/tickets/:id")) return "ticket"
  if (/^\/admin\/(orders|order-edits)\/:id/.test(matcher)) return "order"
  if (matcher.startsWith("/admin/delivery-zones/:id")) return "zone"
  if (/^\/admin\/(stock-locations|pizzerias)\/:id/.test(matcher)) return "pizzeria"
  return undefined
}
/** Routes whose query names the pizzeria. */
const PIZZERIA_QUERY: Record<string, string> = { "/admin/kitchen/tickets": "pizzeria_id", "/admin/kitchen/stream": "pizzeria_id", "/admin/delivery-zones": "stock_location_id" }
/** Routes whose query names one order. */
const ORDER_QUERY = new Set(["/admin/returns", "/admin/claims", "/admin/exchanges"])
/** Routes whose body names the pizzeria, or its order. */
const NAMED_IN_BODY = new Set(["POST /admin/delivery-zones", "POST /admin/order-edits"])
/** A request to this route names one pizzeria (by its id, or its ticket, order or zone): another pizzeria's is refused. */
const namesPizzeria = (route: Route) =>
  idKindOf(route.matcher) !== undefined || route.matcher in PIZZERIA_QUERY || ORDER_QUERY.has(route.matcher) || NAMED_IN_BODY.has(keyOf(route))

/** A new admin user through Medusa's invitation: registered, invitation accepted, signed in. */
async function inviteUser(api: AxiosInstance, admin: Headers, email: string, inviteToken?: string): Promise<Headers> {
  const token = inviteToken ?? (await api.post("/admin/invites", { email }, admin)).data.invite.token
  const { data: registered } = await api.post("/auth/user/emailpass/register", { email, password: "a-long-password" })
  await api.post(`/admin/invites/accept?token=${token}`, { first_name: "Nouvelle", last_name: "Recrue" }, { headers: { authorization: `Bearer ${registered.token}` } })
  return signIn(api, email, "a-long-password")
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const headers = {} as Record<StaffRole, Headers>
    let routes: Route[]

    beforeAll(async () => {
      store = await loadDemoStore(api, getContainer())
      for (const role of Object.keys(DEMO_LOGIN) as StaffRole[]) headers[role] = await signIn(api, ...DEMO_LOGIN[role])
      routes = await registeredAdminRoutes()
    })

    const centre = () => store.pizzeria("Amiens Centre")
    const saintLeu = () => store.pizzeria("Saint-Leu")

    const placeOrder = (pizzeria: { id: string; sales_channel_id: string }) => placeOrderAt(api, getContainer(), store, pizzeria)

    async function zoneOf(pizzeriaId: string): Promise<string> {
      const [zone] = await getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).listDeliveryZones({ stock_location_id: pizzeriaId })
      return zone.id
    }

    it("classifies every registered admin route, ours, the plugins' and Medusa's", async () => {
      expect(routes.length).toBeGreaterThan(250)
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: "POST", matcher: "/admin/kitchen/tickets/:id/transition" },
          { method: "GET", matcher: "/admin/recipes" },
        ])
      )
      const unclassified = routes.filter((route) => !findAccessRule(route.method, route.matcher)).map((route) => `${route.method} ${route.matcher}`)
      expect(unclassified).toEqual([])
      // and no rule is dead: each one decides at least one registered route
      const used = new Set(routes.map((route) => findAccessRule(route.method, route.matcher)!.rule))
      expect(ACCESS_RULES.filter((rule) => !used.has(rule)).map((rule) => rule.path)).toEqual([])
    })

    it("the table of expected access names only registered routes", () => {
      const registered = new Set(routes.map(keyOf))
      expect(Object.keys(EXPECTED_ACCESS).filter((key) => !registered.has(key))).toEqual([])
    })

    it("role × route: each pizzeria role reaches what the table above gives it, for its own pizzeria, and nothing else", async () => {
      const own = { pizzeria: centre().id, ...(await placeOrder(centre())), zone: await zoneOf(centre().id) }
      const other = { pizzeria: saintLeu().id, ...(await placeOrder(saintLeu())), zone: await zoneOf(saintLeu().id) }
      const fill = (route: Route, at: typeof own) => {
        const kind = idKindOf(route.matcher)
        const id = kind === "ticket" ? at.ticketId : kind === "order" ? at.orderId : kind === "zone" ? at.zone : at.pizzeria
        const url = route.matcher.replace(/:id\b/, id).replace(/:[a-z_]+/g, "unknown")
        const query = PIZZERIA_QUERY[route.matcher]
        if (ORDER_QUERY.has(route.matcher)) return `${url}?order_id=${at.orderId}`
        return query ? `${url}?${query}=${at.pizzeria}` : url
      }
      /** Any status is an answer here; a live stream that opens is closed at once and counts as allowed. */
      const request = (method: string, url: string, body: object, as: Headers) => answerOf(api, method, url, body, as)
      // the one body field the guard reads before the route's own validation
      const bodyFor = (route: Route, role: PizzeriaRole, at: typeof own) => {
        if (route.matcher.endsWith("/transition")) return { to: role === "pizzaiolo" ? "preparing" : role === "driver" ? "out_for_delivery" : "collected" }
        if (route.matcher === "/admin/delivery-zones") return { stock_location_id: at.pizzeria }
        if (route.matcher === "/admin/order-edits") return { order_id: at.orderId }
        return {}
      }

      const wrong: string[] = []
      for (const route of routes) {
        // a route that opted out of authentication (invitation acceptance) is not the guard's
        if (route.matcher === "/admin/invites/accept") continue
        for (const role of PIZZERIA_ROLES) {
          const allowed = expectedRoles(route).includes(role)
          // allowed writes are made on the own pizzeria, with real bodies, by the next test
          if (allowed && route.method !== "GET" && route.matcher !== "/admin/kitchen/tickets/:id/transition") {
            const denied = await request(route.method, fill(route, other), bodyFor(route, role, other), headers[role])
            if (namesPizzeria(route) && denied.data?.code !== "other_pizzeria") wrong.push(`${role} ${keyOf(route)} at another pizzeria: ${denied.status} ${denied.data?.code}`)
            continue
          }
          const { status, data } = await request(route.method, fill(route, own), bodyFor(route, role, own), headers[role])
          const refused = status === 403 && ["forbidden_for_role", "other_pizzeria"].includes(data?.code ?? "")
          if (allowed === refused) wrong.push(`${role} ${keyOf(route)}: ${status} ${data?.code ?? ""} (${allowed ? "allowed" : "denied"} by the table)`)
          // let through is not enough: the route must answer, not fail
          if (allowed && status >= 500) wrong.push(`${role} ${keyOf(route)}: ${status} ${data?.code ?? ""} ${String(data?.message ?? "")}`)
          if (allowed && namesPizzeria(route)) {
            const elsewhere = await request(route.method, fill(route, other), bodyFor(route, role, other), headers[role])
            if (elsewhere.data?.code !== "other_pizzeria") wrong.push(`${role} ${keyOf(route)} at another pizzeria: ${elsewhere.status} ${elsewhere.data?.code}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })

    it("every write the table gives a pizzeria role answers 2xx when made on its own pizzeria", async () => {
      const done: string[] = []
      /** Makes a write as `role`, expects 2xx, and notes the route as proven for that role. */
      const write = async (role: PizzeriaRole, key: string, url: string, body: object = {}) => {
        const answer = await answerOf(api, key.split(" ")[0], url, body, headers[role])
        if (answer.status < 200 || answer.status >= 300) throw new Error(`${role} ${key} (${url}): ${answer.status} ${JSON.stringify(answer.data).slice(0, 400)}`)
        done.push(`${key} ${role}`)
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        return answer.data as Record<string, any>
      }
      const at = centre().id
      const { data: products } = await api.get("/admin/products?fields=id&limit=1", headers.manager)
      const productId = products.products[0].id as string

      // stock, menu pauses, hours, online orders
      await write("manager", "POST /admin/stock-locations/:id/stock-movements", `/admin/stock-locations/${at}/stock-movements`, {
        inventory_item_id: store.inventoryItem("ING-CAPRES"),
        type: "receipt",
        quantity: 10,
        note: "staff-access",
      })
      // a threshold written back as it was
      const capres = store.inventoryItem("ING-CAPRES")
      const { data: levels } = await api.get(`/admin/stock-locations/${at}/ingredients`, headers.manager)
      const threshold = levels.ingredients.find((row: { inventory_item_id: string }) => row.inventory_item_id === capres).low_stock_threshold
      await write("manager", "POST /admin/stock-locations/:id/ingredients/:inventory_item_id", `/admin/stock-locations/${at}/ingredients/${capres}`, {
        low_stock_threshold: threshold,
      })
      await write("manager", "POST /admin/stock-locations/:id/menu-pauses", `/admin/stock-locations/${at}/menu-pauses`, { product_id: productId, reason: "staff-access" })
      await write("manager", "DELETE /admin/stock-locations/:id/menu-pauses/:product_id", `/admin/stock-locations/${at}/menu-pauses/${productId}`)
      // Amiens Centre's place, open around the clock as the tests want it
      await write("manager", "POST /admin/stock-locations/:id/service-hours", `/admin/stock-locations/${at}/service-hours`, {
        latitude: 49.894,
        longitude: 2.2957,
        opening_hours: OPEN_ALL_WEEK,
      })
      await write("manager", "POST /admin/pizzerias/:id/online-orders", `/admin/pizzerias/${at}/online-orders`, { paused: true, minutes: 20, reason: "staff-access" })
      // the kitchen's capacity written back as it was
      const { data: capacity } = await api.get(`/admin/pizzerias/${at}/capacity`, headers.manager)
      await write("manager", "POST /admin/pizzerias/:id/capacity", `/admin/pizzerias/${at}/capacity`, capacity.capacity)
      await write("manager", "POST /admin/pizzerias/:id/online-orders", `/admin/pizzerias/${at}/online-orders`, { paused: false })

      // a zone made, changed, removed
      const zone = await write("manager", "POST /admin/delivery-zones", "/admin/delivery-zones", {
        stock_location_id: at,
        name: "Zone du test d'accès",
        kind: "postcodes",
        postal_codes: ["80999"],
        fee: 3,
      })
      const zoneId = zone.delivery_zone.id as string
      await write("manager", "POST /admin/delivery-zones/:id", `/admin/delivery-zones/${zoneId}`, { fee: 4 })
      await write("manager", "DELETE /admin/delivery-zones/:id", `/admin/delivery-zones/${zoneId}`)

      // counter orders, by both roles that take them
      for (const role of ["manager", "counter"] as const) {
        await write(role, "POST /admin/pizzerias/:id/counter-orders", `/admin/pizzerias/${at}/counter-orders`, {
          customer: { phone: "06 12 34 56 78", first_name: "Accès" },
          items: [{ variant_id: store.variant("margherita/M"), quantity: 1 }],
          fulfilment: "pickup",
        })
      }

      // people
      const added = await write("manager", "POST /admin/staff", "/admin/staff", { email: "acces@oc-pizza.test", role: "driver", pizzeria_ids: [at] })
      await write("manager", "POST /admin/staff/:id", `/admin/staff/${added.staff_member.id}`, { role: "counter" })
      await write("manager", "DELETE /admin/staff/:id", `/admin/staff/${added.staff_member.id}`)

      // an order in the manager's hands: changed, edited, fulfilled, shipped, delivered, completed, archived
      const orderId = (await placeOrder(centre())).orderId
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const itemsOf = async (id: string) => {
        const { data } = await api.get(`/admin/orders/${id}?fields=id,*items`, headers.admin)
        return (data.order.items as { id: string; quantity: number }[]).map((item) => ({ id: item.id, quantity: item.quantity }))
      }
      // read as the admin, or beside the API: a manager may not ask an order's lines or fulfilments through fields=
      const fulfillmentsOf = async (id: string) => {
        const { data } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id } })
        return (data[0].fulfillments ?? []).map((fulfillment) => fulfillment!.id)
      }
      const actionsOf = (lines: { actions?: { id: string; action: string }[] }[], action: string) =>
        lines.flatMap((line) => line.actions ?? []).find((candidate) => candidate.action === action)!
      await write("manager", "POST /admin/orders/:id", `/admin/orders/${orderId}`, { metadata: { note: "staff-access" } })
      await write("manager", "POST /admin/orders/:id/credit-lines", `/admin/orders/${orderId}/credit-lines`, { amount: 1, reference: "order", reference_id: orderId })
      await write("manager", "POST /admin/order-edits", "/admin/order-edits", { order_id: orderId })
      await write("manager", "DELETE /admin/order-edits/:id", `/admin/order-edits/${orderId}`)
      await write("manager", "POST /admin/order-edits", "/admin/order-edits", { order_id: orderId })
      const withLine = await write("manager", "POST /admin/order-edits/:id/items", `/admin/order-edits/${orderId}/items`, {
        items: [{ variant_id: store.variant("reine/M"), quantity: 1 }],
      })
      const addition = actionsOf(withLine.order_preview.items, "ITEM_ADD")
      await write("manager", "POST /admin/order-edits/:id/items/:action_id", `/admin/order-edits/${orderId}/items/${addition.id}`, { quantity: 2 })
      await write("manager", "DELETE /admin/order-edits/:id/items/:action_id", `/admin/order-edits/${orderId}/items/${addition.id}`)
      await write("manager", "POST /admin/order-edits/:id/items/item/:item_id", `/admin/order-edits/${orderId}/items/item/${(await itemsOf(orderId))[0].id}`, { quantity: 2 })
      const { data: options } = await api.get(`/admin/orders/${orderId}/shipping-options`, headers.manager)
      const withShipping = await write("manager", "POST /admin/order-edits/:id/shipping-method", `/admin/order-edits/${orderId}/shipping-method`, {
        // the flat-priced pickup option (Medusa cannot price its calculated delivery option on an order edit)
        shipping_option_id: options.shipping_options.find((option: { name: string }) => option.name === "Retrait en pizzeria").id,
      })
      const shipping = actionsOf(withShipping.order_preview.shipping_methods, "SHIPPING_ADD")
      await write("manager", "POST /admin/order-edits/:id/shipping-method/:action_id", `/admin/order-edits/${orderId}/shipping-method/${shipping.id}`, { custom_amount: 0 })
      await write("manager", "DELETE /admin/order-edits/:id/shipping-method/:action_id", `/admin/order-edits/${orderId}/shipping-method/${shipping.id}`)
      await write("manager", "POST /admin/order-edits/:id/request", `/admin/order-edits/${orderId}/request`)
      await write("manager", "POST /admin/order-edits/:id/confirm", `/admin/order-edits/${orderId}/confirm`)
      const items = await itemsOf(orderId)
      await write("manager", "POST /admin/orders/:id/fulfillments", `/admin/orders/${orderId}/fulfillments`, { items, location_id: at })
      const [fulfillmentId] = await fulfillmentsOf(orderId)
      await write("manager", "POST /admin/orders/:id/fulfillments/:fulfillment_id/shipments", `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, { items })
      await write("manager", "POST /admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered", `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`)
      await write("manager", "POST /admin/orders/:id/complete", `/admin/orders/${orderId}/complete`)
      await write("manager", "POST /admin/orders/:id/archive", `/admin/orders/${orderId}/archive`)

      // another: a fulfilment taken back, then the order cancelled
      const cancelled = (await placeOrder(centre())).orderId
      await write("manager", "POST /admin/orders/:id/fulfillments", `/admin/orders/${cancelled}/fulfillments`, { items: await itemsOf(cancelled), location_id: at })
      await write("manager", "POST /admin/orders/:id/fulfillments/:fulfillment_id/cancel", `/admin/orders/${cancelled}/fulfillments/${(await fulfillmentsOf(cancelled))[0]}/cancel`)
      await write("manager", "POST /admin/orders/:id/cancel", `/admin/orders/${cancelled}/cancel`)

      // a third: offered to a customer account, the offer withdrawn, then handed to a guest e-mail
      const transferred = (await placeOrder(centre())).orderId
      const [customer] = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers([{ email: "transfert@example.test", has_account: true }])
      await write("manager", "POST /admin/orders/:id/transfer", `/admin/orders/${transferred}/transfer`, { customer_id: customer.id })
      await write("manager", "POST /admin/orders/:id/transfer/cancel", `/admin/orders/${transferred}/transfer/cancel`)
      await write("manager", "POST /admin/orders/:id/transfer/guest", `/admin/orders/${transferred}/transfer/guest`, { email: "invite@example.test" })

      // a fourth, whose customer owes more (a collection Medusa opens for the difference): the manager authorizes its payment session
      const owing = (await placeOrder(centre())).orderId
      const { result: collections } = await createOrderPaymentCollectionWorkflow(getContainer()).run({ input: { order_id: owing, amount: 5 } })
      const { result: session } = await createPaymentSessionsWorkflow(getContainer()).run({ input: { payment_collection_id: collections[0].id, provider_id: "pp_system_default" } })
      // where a card provider leaves a session that needs the customer's bank (3-D Secure); the system provider never does
      await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`update "payment_session" set "status" = 'pending_authorization' where "id" = ?`, [session.id])
      await write("manager", "POST /admin/orders/:id/payment-sessions/authorize", `/admin/orders/${owing}/payment-sessions/authorize`, { payment_session_id: session.id })

      // every write the table gives a pizzeria role was made above by each role it is given to (the transition: the tests below)
      const writes = Object.entries(EXPECTED_ACCESS)
        .filter(([key]) => !key.startsWith("GET ") && key !== "POST /admin/kitchen/tickets/:id/transition")
        .flatMap(([key, roles]) => roles.map((role) => `${key} ${role}`))
      expect(writes.filter((made) => !done.includes(made))).toEqual([])
    })

    it("lists only the staff member's pizzerias and orders, and refuses another pizzeria's filter", async () => {
      const own = await placeOrder(centre())
      const other = await placeOrder(saintLeu())
      const { data: orders } = await api.get("/admin/orders?fields=id,sales_channel_id&limit=100", headers.counter)
      const ids = orders.orders.map((order: { id: string }) => order.id)
      expect(ids).toContain(own.orderId)
      expect(ids).not.toContain(other.orderId)
      expect(orders.orders.every((order: { sales_channel_id: string }) => order.sales_channel_id === centre().sales_channel_id)).toBe(true)

      const { data: admins } = await api.get("/admin/orders?fields=id&limit=100", headers.admin)
      expect(admins.orders.map((order: { id: string }) => order.id)).toEqual(expect.arrayContaining([own.orderId, other.orderId]))

      const sneaky = await settle(api.get(`/admin/orders?sales_channel_id[]=${saintLeu().sales_channel_id}`, headers.manager))
      expect(sneaky.status).toBe(403)
      expect(sneaky.data.code).toBe("other_pizzeria")

      const { data: locations } = await api.get("/admin/stock-locations?fields=id,name", headers.pizzaiolo)
      expect(locations.stock_locations).toEqual([{ id: centre().id, name: centre().name }])

      const tickets = await settle(api.get(`/admin/kitchen/tickets?pizzeria_id=${saintLeu().id}`, headers.pizzaiolo))
      expect(tickets.status).toBe(403)
      const { data: mine } = await api.get("/admin/kitchen/tickets", headers.pizzaiolo)
      expect(mine.tickets.map((ticket: { order_id: string }) => ticket.order_id)).toEqual([own.orderId])

      // no other pizzeria's stock through fields= on products, variants or orders (security/fields.spec.ts tries every path)
      for (const url of [
        "/admin/products?fields=variants.inventory_items.inventory.location_levels.*",
        "/admin/product-variants?fields=*inventory_items",
        `/admin/orders?fields=items.variant.inventory_items.inventory.location_levels.stocked_quantity`,
      ]) {
        expect((await settle(api.get(url, headers.manager))).data.code).toBe("fields_not_allowed")
      }
      // nor moves a zone to another pizzeria
      const zoning = getContainer().resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
      const [ownZone] = await zoning.listDeliveryZones({ stock_location_id: centre().id })
      const moved = await settle(api.post(`/admin/delivery-zones/${ownZone.id}`, { stock_location_id: saintLeu().id }, headers.manager))
      expect(moved.data.code).toBe("other_pizzeria")

      const stock = await settle(api.get("/admin/inventory-items?fields=id,title,location_levels.stocked_quantity", headers.manager))
      expect(stock).toMatchObject({ status: 400, data: { code: "fields_not_allowed" } })
      expect((await settle(api.get("/admin/inventory-items?fields=id,title", headers.manager))).status).toBe(200)
    })

    it("the bell shows a member their own feed only; the orders list's filters, the chain's regions by name and their pizzerias' sales channels", async () => {
      const { data: me } = await api.get("/admin/users/me", headers.driver)
      const rows = [
        { id: "noti_own_id", to: me.user.id, channel: "feed" },
        { id: "noti_own_email", to: "livreur@oc-pizza.test", channel: "feed" },
        // the broadcast feed (the chain's imports and exports), another member's, and an e-mail
        { id: "noti_broadcast", to: "", channel: "feed" },
        { id: "noti_other", to: "comptoir@oc-pizza.test", channel: "feed" },
        { id: "noti_mail", to: "livreur@oc-pizza.test", channel: "email" },
      ]
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("notification")
        .insert(rows.map((row) => ({ ...row, template: "staff-access", data: JSON.stringify({ title: row.id }) })))
      const idsOf = (notifications: { id: string }[]) => notifications.map((notification) => notification.id).sort()
      // what the bell polls, what its drawer asks, and a member asking for more
      const bell = await api.get("/admin/notifications?limit=1&offset=0&fields=created_at", headers.driver)
      expect(bell.data.notifications).toHaveLength(1)
      const drawer = await api.get(`/admin/notifications?channel=feed&to[]=${me.user.id}&to[]=livreur%40oc-pizza.test&to[]=`, headers.driver)
      expect(idsOf(drawer.data.notifications)).toEqual(["noti_own_email", "noti_own_id"])
      const sneaky = await api.get("/admin/notifications?to=comptoir%40oc-pizza.test&channel=email&limit=100", headers.driver)
      expect(idsOf(sneaky.data.notifications)).toEqual(["noti_own_email", "noti_own_id"])
      expect(idsOf((await api.get("/admin/notifications?limit=100", headers.counter)).data.notifications)).toEqual(["noti_other"])
      expect(idsOf((await api.get("/admin/notifications?limit=1000", headers.admin)).data.notifications)).toEqual(expect.arrayContaining(rows.map((row) => row.id)))
      expect((await settle(api.get("/admin/notifications/noti_own_id", headers.driver))).status).toBe(403)

      const { data: regions } = await api.get("/admin/regions?limit=1000&fields=id,name", headers.pizzaiolo)
      expect(regions.regions.length).toBeGreaterThan(0)
      expect((await api.get("/admin/regions", headers.pizzaiolo)).data.regions[0]).not.toHaveProperty("countries")
      expect((await settle(api.get("/admin/regions?fields=*countries", headers.pizzaiolo))).data.code).toBe("fields_not_allowed")
      expect((await settle(api.get(`/admin/regions/${regions.regions[0].id}`, headers.pizzaiolo))).status).toBe(403)

      const { data: channels } = await api.get("/admin/sales-channels?limit=1000&fields=id,name", headers.counter)
      expect(channels.sales_channels.map((channel: { id: string }) => channel.id)).toEqual([centre().sales_channel_id])
      const elsewhere = await settle(api.get(`/admin/sales-channels?id=${saintLeu().sales_channel_id}`, headers.counter))
      expect(elsewhere).toMatchObject({ status: 403, data: { code: "other_pizzeria" } })
      expect((await settle(api.get("/admin/sales-channels?fields=*stock_locations", headers.counter))).data.code).toBe("fields_not_allowed")
    })

    it("Medusa's order page reads the order's returns and its lines' reservations for the member's pizzeria only", async () => {
      const { orderId } = await placeOrder(centre())
      const { orderId: othersOrderId } = await placeOrder(saintLeu())
      const get = (url: string) => settle(api.get(url, headers.driver))

      // returns, claims and exchanges: of one order, named, of their pizzeria
      expect((await get(`/admin/returns?order_id=${orderId}&fields=%2Breceived_at,*items`)).status).toBe(200)
      expect((await get(`/admin/claims?order_id=${orderId}&fields=*additional_items`)).status).toBe(200)
      expect((await get(`/admin/returns?order_id=${othersOrderId}`)).data.code).toBe("other_pizzeria")
      const unnamed = await get("/admin/exchanges")
      expect([unnamed.status, unnamed.data.code]).toEqual([400, "order_id_required"])
      expect(unnamed.data.message).toMatch(/order_id=/)

      // reservations: the page asks by its lines; a member gets their pizzeria's, without stock levels
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,items.id`, headers.admin)
      const { data: othersOrder } = await api.get(`/admin/orders/${othersOrderId}?fields=id,items.id`, headers.admin)
      const lines = [...order.order.items, ...othersOrder.order.items].map((item: { id: string }) => `line_item_id[]=${item.id}`).join("&")
      const mine = await get(`/admin/reservations?${lines}&limit=50`)
      expect(mine.status).toBe(200)
      expect(mine.data.reservations.length).toBeGreaterThan(0)
      expect(new Set(mine.data.reservations.map((reservation: { location_id: string }) => reservation.location_id))).toEqual(new Set([centre().id]))
      expect(mine.data.reservations[0].inventory_item).toEqual({ id: expect.any(String), sku: expect.any(String), title: expect.any(String) })
      const asAdmin = await api.get(`/admin/reservations?${lines}&limit=50`, headers.admin)
      expect(asAdmin.data.reservations.map((reservation: { location_id: string }) => reservation.location_id)).toContain(saintLeu().id)
      expect((await get(`/admin/reservations?location_id=${saintLeu().id}`)).data.code).toBe("other_pizzeria")
      expect((await get(`/admin/reservations?fields=*inventory_item.location_levels`)).data.code).toBe("fields_not_allowed")

      // who acted on it (the order's history): a colleague's name, not their e-mail
      const { data: me } = await api.get("/admin/users/me", headers.admin)
      const colleague = await get(`/admin/users/${me.user.id}`)
      expect(colleague.status).toBe(200)
      expect(Object.keys(colleague.data.user).sort()).toEqual(["first_name", "id", "last_name"])
      expect((await get(`/admin/users/${me.user.id}?fields=email`)).data.code).toBe("fields_not_allowed")
    })

    it("moves a ticket only as far as the role's job goes", async () => {
      const { ticketId } = await placeOrder(centre())
      const move = (role: StaffRole, to: string) => settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to }, headers[role]))
      const driverStarts = await move("driver", "preparing")
      expect(driverStarts).toMatchObject({ status: 403, data: { code: "forbidden_for_role" } })
      expect(driverStarts.data.message).toMatch(/driver/)
      expect((await move("pizzaiolo", "preparing")).status).toBe(200)
      expect((await move("pizzaiolo", "ready")).status).toBe(200)
      expect((await move("pizzaiolo", "collected")).status).toBe(403)
      expect((await settle(api.post(`/admin/kitchen/tickets/${ticketId}/transition`, { to: "collected", paid_with: "cash" }, headers.counter))).status).toBe(200)
      const { data } = await api.get(`/admin/kitchen/tickets?pizzeria_id=${centre().id}`, headers.manager)
      const ticket = data.tickets.find((candidate: { id: string }) => candidate.id === ticketId)
      expect(ticket.history.map((event: { status: string }) => event.status)).toEqual(["received", "preparing", "ready", "collected"])
    })

    it("a user without a staff record can sign in and nothing more; on a fresh install the first user is admin", async () => {
      const nobody = await inviteUser(api, headers.admin, "nouvelle@oc-pizza.test")
      const me = await settle(api.get("/admin/staff/me", nobody))
      expect(me).toMatchObject({ status: 403, data: { code: "no_staff_record" } })
      expect(me.data.message).toMatch(/ask a manager or an admin/)
      expect((await settle(api.get("/admin/orders", nobody))).status).toBe(403)

      // no staff record at all, as after an upgrade: with several users nobody is made admin by chance...
      const staff = getContainer().resolve<StaffModuleService>(STAFF_MODULE)
      const all = await staff.listStaffMembers({}, { select: ["id"] })
      await staff.deleteStaffMembers(all.map((member) => member.id))
      expect((await settle(api.get("/admin/staff/me", nobody))).data.code).toBe("no_staff_record")
      // ...only the person the operator names (a fresh install's single user needs no name)
      process.env.OCP_FIRST_ADMIN_EMAIL = "Nouvelle@oc-pizza.test"
      try {
        expect((await settle(api.get("/admin/staff/me", headers.pizzaiolo))).data.code).toBe("no_staff_record")
        const first = await settle(api.get("/admin/staff/me", nobody))
        expect(first.data.staff).toMatchObject({ email: "nouvelle@oc-pizza.test", role: "admin", landing_page: "/orders" })
      } finally {
        delete process.env.OCP_FIRST_ADMIN_EMAIL
      }
    })

    it("managers add and change the people of their pizzerias, never beyond them; admins anyone", async () => {
      const added = await settle(api.post("/admin/staff", { email: "Luca@OC-pizza.test", role: "pizzaiolo", pizzeria_ids: [centre().id] }, headers.manager))
      expect(added.status).toBe(201)
      expect(added.data.staff_member).toMatchObject({ email: "luca@oc-pizza.test", role: "pizzaiolo", user: null })
      expect(added.data.invite_token).toEqual(expect.any(String))

      const luca = await inviteUser(api, headers.admin, "luca@oc-pizza.test", added.data.invite_token)
      const { data: me } = await api.get("/admin/staff/me", luca)
      expect(me.staff).toMatchObject({ role: "pizzaiolo", landing_page: "/kitchen", pizzerias: [{ id: centre().id, name: centre().name }] })
      expect((await settle(api.get(`/admin/kitchen/tickets?pizzeria_id=${centre().id}`, luca))).status).toBe(200)

      // an invitation makes the account of the invited address, whatever e-mail the form sends:
      // nobody claims a pending record of someone else (here, an admin's)
      await api.post("/admin/staff", { email: "boss@oc-pizza.test", role: "admin" }, headers.admin)
      const { data: sock } = await api.post("/admin/staff", { email: "sock@oc-pizza.test", role: "driver", pizzeria_ids: [centre().id] }, headers.manager)
      const { data: registered } = await api.post("/auth/user/emailpass/register", { email: "sock@oc-pizza.test", password: "a-long-password" })
      await settle(
        api.post(
          `/admin/invites/accept?token=${sock.invite_token}`,
          { email: "boss@oc-pizza.test", first_name: "S", last_name: "Ock" },
          { headers: { authorization: `Bearer ${registered.token}` } }
        )
      )
      const claimed = await signIn(api, "sock@oc-pizza.test", "a-long-password")
      const { data: claimedMe } = await api.get("/admin/staff/me", claimed)
      expect(claimedMe.staff).toMatchObject({ email: "sock@oc-pizza.test", role: "driver" })

      const elsewhere = await settle(api.post("/admin/staff", { email: "x@oc-pizza.test", role: "driver", pizzeria_ids: [saintLeu().id] }, headers.manager))
      expect(elsewhere).toMatchObject({ status: 403, data: { code: "other_pizzeria" } })
      const promotion = await settle(api.post(`/admin/staff/${added.data.staff_member.id}`, { role: "manager" }, headers.manager))
      expect(promotion).toMatchObject({ status: 403, data: { code: "forbidden_for_role" } })
      const noPizzeria = await settle(api.post("/admin/staff", { email: "y@oc-pizza.test", role: "driver", pizzeria_ids: [] }, headers.manager))
      expect(noPizzeria).toMatchObject({ status: 400, data: { code: "pizzeria_required" } })
      const badEmail = await settle(api.post("/admin/staff", { email: "pas-un-email", role: "driver", pizzeria_ids: [centre().id] }, headers.manager))
      expect(badEmail.status).toBe(400)
      const noSuchPizzeria = await settle(api.post("/admin/staff", { email: "z@oc-pizza.test", role: "driver", pizzeria_ids: ["sloc_none"] }, headers.admin))
      expect(noSuchPizzeria).toMatchObject({ status: 400, data: { code: "unknown_pizzeria" } })
      const noSuchMember = await settle(api.post("/admin/staff/staff_none", { role: "driver" }, headers.admin))
      expect(noSuchMember).toMatchObject({ status: 404, data: { code: "staff_not_found" } })

      const { data: list } = await api.get("/admin/staff", headers.manager)
      const emails = list.staff.map((member: { email: string }) => member.email)
      expect(emails).toEqual(expect.arrayContaining(["luca@oc-pizza.test", "pizzaiolo@oc-pizza.test", "livreur@oc-pizza.test"]))
      expect(emails).not.toContain("admin@oc-pizza.test")
      expect(list.staff.find((member: { email: string }) => member.email === "luca@oc-pizza.test").user).toMatchObject({ first_name: "Nouvelle" })

      expect((await settle(api.get("/admin/staff", headers.pizzaiolo))).status).toBe(403)
      const removed = await settle(api.delete(`/admin/staff/${added.data.staff_member.id}`, headers.manager))
      expect(removed.status).toBe(200)
      expect((await settle(api.get("/admin/staff/me", luca))).data.code).toBe("no_staff_record")

      const moved = await settle(api.post("/admin/staff", { email: "manager@oc-pizza.test", role: "manager", pizzeria_ids: [centre().id, saintLeu().id] }, headers.admin))
      expect(moved.data.staff_member.pizzeria_ids).toEqual([centre().id, saintLeu().id])
      const [adminRecord] = await getContainer().resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ email: "admin@oc-pizza.test" })
      const lastAdmin = await settle(api.delete(`/admin/staff/${adminRecord.id}`, await signIn(api, ...DEMO_LOGIN.admin)))
      expect(lastAdmin.data.code).toBe("own_record")
      const [boss] = await getContainer().resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ email: "boss@oc-pizza.test" })
      expect((await settle(api.delete(`/admin/staff/${boss.id}`, headers.admin))).status).toBe(200)
      expect(await getContainer().resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ role: "admin" })).toHaveLength(1)
    })
  },
})
