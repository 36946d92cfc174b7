import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { holdsOrder } from "../store-access/order-holder"
import { orderNotFound } from "@/orders/order-not-found"

/**
 * The ticket of the order in the path, for its signed-in customer or whoever
 * holds its tracking token (`?token=`). Anyone else gets the same 404 as for
 * an order that does not exist: never a hint that it does. (The store guard
 * already refused them; the routes check again rather than trust the wiring.)
 */
export async function ticketOfCustomerOrder(req: MedusaStoreRequest) {
  const notFound = orderNotFound()
  const kitchen = req.scope.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const [ticket] = await kitchen.listKitchenTickets({ order_id: req.params.id }, { take: 1 })
  if (!ticket || !(await holdsOrder(req, req.params.id, ticket))) throw notFound
  return ticket
}
