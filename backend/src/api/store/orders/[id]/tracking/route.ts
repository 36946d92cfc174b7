import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../../../../../errors/domain-error"
import { readTickets } from "../../../../../kitchen/read-tickets"
import type { TicketStatus } from "../../../../../kitchen/lifecycle"
import { KITCHEN_MODULE } from "../../../../../modules/kitchen"
import type KitchenModuleService from "../../../../../modules/kitchen/service"

type Tracking = { status: TicketStatus; history: { status: TicketStatus; at: string }[]; eta: string | null; kind: "delivery" | "pickup" }

/**
 * GET /store/orders/:id/tracking: for the order's signed-in customer, or
 * anyone holding its tracking token (`?token=`). Anyone else gets the same
 * 404 as for an order that does not exist, never its data.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<Tracking>): Promise<void> {
  const notFound = new DomainError(404, "order_not_found", "No order with this id for you.")
  const kitchen = req.scope.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [ticket] = await kitchen.listKitchenTickets({ order_id: req.params.id }, { take: 1 })
  if (!ticket) throw notFound
  const token = typeof req.query.token === "string" ? req.query.token : undefined
  let allowed = token !== undefined && token === ticket.tracking_token
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!allowed && customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
    allowed = orders[0]?.customer_id === customerId
  }
  if (!allowed) throw notFound
  const [view] = await readTickets(req.scope, { id: ticket.id })
  res.json({
    status: view.status,
    kind: view.kind,
    history: view.history.map(({ status, at }) => ({ status, at })),
    eta: view.estimated_ready_at,
  })
}
