import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { DomainError } from "../errors/domain-error"
import { salesChannelIdsOf } from "../pizzerias/sales-channels-of"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { findAccessRule, type Scope } from "./access-policy"
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
  refuseStockFields(req.query as Record<string, unknown>, staff)
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
    case "order-body": {
      const orderId = scope.kind === "order" ? params.id : (req.body as { order_id?: unknown } | undefined)?.order_id
      const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: String(orderId) } })
      if (orders[0] && !(await channelsOf(req.scope, staff)).has(orders[0].sales_channel_id ?? "")) throw otherPizzeria()
      return
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
      const allowed = scope.filter === "id" ? mine : await channelsOf(req.scope, staff)
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
    case "fields": {
      if (query.fields === undefined) {
        query.fields = scope.allowed.join(",")
        return
      }
      const fields = String(query.fields ?? "")
        .split(",")
        .map((field) => field.trim().replace(/^[+-]/, ""))
        .filter(Boolean)
      if (fields.some((field) => !scope.allowed.includes(field))) {
        throw forbiddenForRole(staff, `may only read ${scope.allowed.join(", ")} here (fields=...)`)
      }
      return
    }
  }
}

/**
 * Products, variants and orders reach inventory items through `fields`, and
 * an inventory item carries every pizzeria's levels: only admins may ask.
 */
function refuseStockFields(query: Record<string, unknown>, staff: Staff): void {
  const fields = [query.fields].flat().filter((value): value is string => typeof value === "string").join(",")
  if (/inventory|location_levels/i.test(fields)) {
    throw forbiddenForRole(staff, "may not read stock levels through fields=; use the pizzeria's stock page")
  }
}

const channelsOf = async (container: MedusaContainer, staff: Staff) => new Set(await salesChannelIdsOf(container, staff.pizzeria_ids))
