import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { ACCESS_RULES, findAccessRule } from "../../src/staff/access-policy"
import { STAFF_MODULE } from "../../src/modules/staff"
import type StaffModuleService from "../../src/modules/staff/service"
import type { StaffRole } from "../../src/modules/staff/roles"
import { answerOf, registeredAdminRoutes, type Route } from "../helpers/registered-routes"
import { loadDemoStore, placeOrderAt, settle, type DemoStore, DEMO_PASSWORD } from "../helpers/demo-store"

jest.setTimeout(300_000)

type Headers = { headers: { authorization: string } }
const PIZZERIA_ROLES: StaffRole[] = ["manager", "pizzaiolo", "driver", "counter"]
const DEMO_LOGIN: Record<StaffRole, [string, string]> = {
  admin: ["admin@oc-pizza.test", DEMO_PASSWORD],
  manager: ["manager@oc-pizza.test", DEMO_PASSWORD],
  pizzaiolo: ["pizzaiolo@oc-pizza.test", DEMO_PASSWORD],
  driver: ["livreur@oc-pizza.test", DEMO_PASSWORD],
  counter: ["comptoir@oc-pizza.test", DEMO_PASSWORD],
}

async function signIn(api: AxiosInstance, email: string, password: string): Promise<Headers> {
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

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
      expect(routes).toEqual(expect.arrayContaining([{ method: "POST", matcher: "/admin/kitchen/tickets/:id/transition" }, { method: "GET", matcher: "/admin/recipes" }]))
      const unclassified = routes.filter((route) => !findAccessRule(route.method, route.matcher)).map((route) => `${route.method} ${route.matcher}`)
      expect(unclassified).toEqual([])
      // and no rule is dead: each one decides at least one registered route
      const used = new Set(routes.map((route) => findAccessRule(route.method, route.matcher)!.rule))
      expect(ACCESS_RULES.filter((rule) => !used.has(rule)).map((rule) => rule.path)).toEqual([])
    })

    it("role × route: each pizzeria role reaches what its rule allows, for its own pizzeria, and nothing else", async () => {
      const own = { pizzeria: centre().id, ...(await placeOrder(centre())), zone: await zoneOf(centre().id) }
      const other = { pizzeria: saintLeu().id, ...(await placeOrder(saintLeu())), zone: await zoneOf(saintLeu().id) }
      const fill = (route: Route, at: typeof own) => {
        const scope = findAccessRule(route.method, route.matcher)!.rule.scope
        const id = { ticket: at.ticketId, order: at.orderId, zone: at.zone }[scope?.kind as string] ?? at.pizzeria
        const url = route.matcher.replace(/:id\b/, id).replace(/:[a-z_]+/g, "unknown")
        return scope?.kind === "pizzeria-query" ? `${url}?${scope.name}=${at.pizzeria}` : url
      }
      /** Any status is an answer here; a live stream that opens is closed at once and counts as allowed. */
      const request = (method: string, url: string, body: object, as: Headers) => answerOf(api, method, url, body, as)
      // the one body field the guard reads before the route's own validation
      const bodyFor = (route: Route, role: StaffRole, at: typeof own) => {
        if (route.matcher.endsWith("/transition")) return { to: role === "pizzaiolo" ? "preparing" : role === "driver" ? "out_for_delivery" : "collected" }
        if (route.matcher === "/admin/delivery-zones") return { stock_location_id: at.pizzeria }
        if (route.matcher === "/admin/order-edits") return { order_id: at.orderId }
        return {}
      }

      const wrong: string[] = []
      for (const route of routes) {
        const { rule } = findAccessRule(route.method, route.matcher)!
        // a route that opted out of authentication (invitation acceptance) is not the guard's
        if (route.matcher === "/admin/invites/accept") continue
        for (const role of PIZZERIA_ROLES) {
          const allowed = rule.roles.includes(role)
          // allowed routes are called on the own pizzeria only when harmless to the data later checks need
          if (allowed && route.method !== "GET" && route.matcher !== "/admin/kitchen/tickets/:id/transition") {
            const denied = await request(route.method, fill(route, other), bodyFor(route, role, other), headers[role])
            const scoped = rule.scope && rule.scope.kind !== "none"
            if (scoped && denied.data?.code !== "other_pizzeria") wrong.push(`${role} ${route.method} ${route.matcher} at another pizzeria: ${denied.status} ${denied.data?.code}`)
            continue
          }
          const { status, data } = await request(route.method, fill(route, own), bodyFor(route, role, own), headers[role])
          const refused = status === 403 && ["forbidden_for_role", "other_pizzeria"].includes(data?.code ?? "")
          if (allowed === refused) wrong.push(`${role} ${route.method} ${route.matcher}: ${status} ${data?.code ?? ""} (${allowed ? "allowed" : "denied"} by the rules)`)
          if (allowed && rule.scope && rule.scope.kind !== "none" && rule.scope.kind !== "list" && rule.scope.kind !== "fields") {
            const elsewhere = await request(route.method, fill(route, other), bodyFor(route, role, other), headers[role])
            if (elsewhere.data?.code !== "other_pizzeria") wrong.push(`${role} ${route.method} ${route.matcher} at another pizzeria: ${elsewhere.status} ${elsewhere.data?.code}`)
          }
        }
      }
      expect(wrong).toEqual([])
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
      await settle(api.post(`/admin/invites/accept?token=${sock.invite_token}`, { email: "boss@oc-pizza.test", first_name: "S", last_name: "Ock" }, { headers: { authorization: `Bearer ${registered.token}` } }))
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
