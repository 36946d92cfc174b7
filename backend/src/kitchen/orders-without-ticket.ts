import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/** How far back an order may have lost its "placed" event and still be cooked. */
const LOOK_BACK_MS = 6 * 60 * 60 * 1000
/** An order younger than this may still have its "placed" event in flight, its ticket being opened: not lost (yet). */
const IN_FLIGHT_MS = 5_000

/**
 * Placed orders of the last hours, not done or cancelled, that have no
 * kitchen ticket (an order imported from the previous system is done or
 * cancelled, and never cooked here): their
 * "order placed" event died with the process that emitted it (the in-memory
 * event bus keeps nothing; with Redis a job outlives a crash, not a lost
 * Redis).
 */
export async function ordersWithoutTicket(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { created_at: { $gte: new Date(now.getTime() - LOOK_BACK_MS), $lt: new Date(now.getTime() - IN_FLIGHT_MS) }, status: { $nin: ["draft", "canceled", "completed"] } },
  })
  if (!orders.length) return []
  const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
  const tickets = await kitchen.listKitchenTickets({ order_id: orders.map((order) => order.id) }, { select: ["order_id"], take: orders.length })
  const ticketed = new Set(tickets.map((ticket) => ticket.order_id))
  return orders.map((order) => order.id).filter((id) => !ticketed.has(id))
}
