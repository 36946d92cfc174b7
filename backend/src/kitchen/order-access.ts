import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../errors/domain-error"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/**
 * The ticket of the order in the path, for its signed-in customer or whoever
 * holds its tracking token (`?token=`). Anyone else gets the same 404 as for
 * an order that does not exist: never a hint that it does.
 */
export async function ticketOfCustomerOrder(req: MedusaStoreRequest) {
  const notFound = new DomainError(404, "order_not_found", "No order with this id for you.")
  const kitchen = req.scope.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [ticket] = await kitchen.listKitchenTickets({ order_id: req.params.id }, { take: 1 })
  if (!ticket) throw notFound
  const token = typeof req.query.token === "string" ? req.query.token : undefined
  if (token !== undefined && token === ticket.tracking_token) return ticket
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
    if (orders[0]?.customer_id === customerId) return ticket
  }
  throw notFound
}
