import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { DomainError } from "../errors/domain-error"
import { salesChannelIdsOf } from "../pizzerias/sales-channels-of"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { allowedFieldsOf, findAccessRule, type AccessRule, type Scope } from "./access-policy"
import { allRelationNames } from "./query-graph"
import { refusedFields, requestedFields } from "./requested-fields"
import { staffOfRequest, type Staff, type StaffRequest } from "./staff-of-request"

const otherPizzeria = () => new DomainError(403, "other_pizzeria", "This belongs to a pizzeria you do not work at.")
const forbiddenForRole = (staff: Staff, what: string) => new DomainError(403, "forbidden_for_role", `Your role (${staff.role}) ${what}.`, { role: staff.role })

/**
 * Runs before every `/admin` route, Medusa's, the plugins' and ours (after
 * Medusa's authentication): finds the caller's staff record and lets the
 * request through only if `ACCESS_RULES` allows their role, for their
 * pizzerias. Deny by default: a route no rule classifies is the admin's.
 */
export async function guardAdminRoutes(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const req = request as StaffRequest
  // routes that opted out of authentication (invitation acceptance) are open to all
  if (!req.auth_context) return next()
  const staff = await staffOfRequest(req)
  if (!staff) {
    throw new DomainError(403, "no_staff_record", "This account has no staff role yet: ask a manager or an admin to add you.")
  }
  req.staff = staff
  if (staff.role === "admin") return next()

  const path = req.originalUrl.split("?")[0]
  const matched = findAccessRule(req.method, path)
  if (!matched || !matched.rule.roles.includes(staff.role)) {
    throw forbiddenForRole(staff, `does not allow ${req.method} ${path}`)
  }
  refuseUnlistedFields(req.query as Record<string, unknown>, matched.rule, `${req.method} ${path}`)
  await enforceScope(req, staff, matched.rule.scope ?? { kind: "none" }, matched.params)
  next()
}

async function enforceScope(req: StaffRequest, staff: Staff, scope: Scope, params: Record<string, string>): Promise<void> {
  const mine = new Set(staff.pizzeria_ids)
  const requireMine = (pizzeriaId: unknown) => {
    if (typeof pizzeriaId !== "string" || !mine.has(pizzeriaId)) throw otherPizzeria()
  }
  const query = req.query as Record<string, unknown>
  switch (scope.kind) {
    case "none":
      return
    case "pizzeria-param":
      return requireMine(params.id)
    case "pizzeria-body":
      return requireMine((req.body as Record<string, unknown> | undefined)?.[scope.name])
    case "pizzeria-query": {
      const asked = query[scope.name]
      if (asked === undefined) {
        query[scope.name] = staff.pizzeria_ids.length === 1 ? staff.pizzeria_ids[0] : staff.pizzeria_ids
        return
      }
      ;[asked].flat().forEach(requireMine)
      return
    }
    case "ticket": {
      const [ticket] = await req.scope.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ id: params.id }, { select: ["stock_location_id"] })
      // an unknown ticket is the route's 404 to give
      if (ticket) requireMine(ticket.stock_location_id)
      const allowed = scope.to?.[staff.role]
      const to = (req.body as { to?: unknown } | undefined)?.to
      if (allowed && !allowed.includes(String(to))) {
        throw forbiddenForRole(staff, `may move an order to ${allowed.join(", ")}, not to ${String(to)}`)
      }
      return
    }
    case "order":
      return requireOrderOfMine(req, staff, params.id)
    case "order-body":
      return requireOrderOfMine(req, staff, (req.body as { order_id?: unknown } | undefined)?.order_id)
    case "order-query": {
      const asked = query.order_id
      if (typeof asked !== "string" || !asked) {
        throw new DomainError(400, "order_id_required", "Name one order (order_id=order_…): your role reads these for one order of your pizzeria at a time.")
      }
      return requireOrderOfMine(req, staff, asked)
    }
    case "zone": {
      const [zone] = await req.scope.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE).listDeliveryZones({ id: params.id }, { select: ["stock_location_id"] })
      if (zone) requireMine(zone.stock_location_id)
      // nor may a zone be moved to another pizzeria
      const moving = (req.body as { stock_location_id?: unknown } | undefined)?.stock_location_id
      if (moving !== undefined) requireMine(moving)
      return
    }
    case "list": {
      const of = scope.of ?? (scope.filter === "sales_channel_id" ? "sales_channels" : "pizzerias")
      if (scope.defaultFields && query.fields === undefined) query.fields = scope.defaultFields.join(",")
      const allowed = of === "pizzerias" ? mine : await channelsOf(req.scope, staff)
      const asked = query[scope.filter]
      if (asked !== undefined) {
        ;[asked].flat().forEach((value) => {
          if (!allowed.has(String(value))) throw otherPizzeria()
        })
        return
      }
      // an empty filter would list everything: filter on an id no row has instead
      query[scope.filter] = allowed.size ? [...allowed] : ["none"]
      return
    }
    case "own-feed": {
      // replaced, not checked: Medusa's bell also asks the broadcast feed (`to=""`), which is the admins'
      query.to = [req.auth_context.actor_id, staff.email]
      query.channel = "feed"
      return
    }
    case "fields": {
      // what may be asked is checked with every route's fields; here only the default
      if (query.fields === undefined) query.fields = scope.allowed.join(",")
      return
    }
  }
}

/**
 * `fields=` follows relations: from an order to its customer's other orders,
 * from a product to every pizzeria's stock. Pizzeria roles may only ask what
 * their rule lists (access-policy.ts); deny by default.
 */
function refuseUnlistedFields(query: Record<string, unknown>, rule: AccessRule, route: string): void {
  const { fields, malformed } = requestedFields(query)
  if (malformed.length) {
    throw new DomainError(400, "fields_not_allowed", `Give fields= once, as a comma-separated list (fields=id,email); ${malformed.join(", ")} was sent in another shape.`, {
      refused: malformed,
    })
  }
  if (!fields.length) return
  const allowed = allowedFieldsOf(rule)
  const refused = refusedFields(fields, allowed, allRelationNames())
  if (!refused.length) return
  const message = allowed.length
    ? `Your role may not read ${refused.join(", ")} on ${route}: it leads beyond your pizzeria's own data. You may ask for: ${allowed.join(", ")} (a relation's * means its plain fields; name the record's own fields one by one).`
    : `Your role may not choose fields on ${route} (asked: ${refused.join(", ")}): leave fields= out to get the usual answer.`
  throw new DomainError(400, "fields_not_allowed", message, { refused, allowed })
}

/** An order of another pizzeria is refused; an unknown one is left to the route (a 404, or an empty list). */
async function requireOrderOfMine(req: StaffRequest, staff: Staff, orderId: unknown): Promise<void> {
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: String(orderId) } })
  if (orders[0] && !(await channelsOf(req.scope, staff)).has(orders[0].sales_channel_id ?? "")) throw otherPizzeria()
}

const channelsOf = async (container: MedusaContainer, staff: Staff) => new Set(await salesChannelIdsOf(container, staff.pizzeria_ids))
