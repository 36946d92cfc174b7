import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ordersWithoutTicket } from "../kitchen/orders-without-ticket"
import { createKitchenTicketWorkflow } from "../workflows/kitchen/create-kitchen-ticket"

/** Every minute: an order whose "placed" event was lost (a process killed after the order committed) still reaches the kitchen. */
export default async function openMissingKitchenTickets(container: MedusaContainer): Promise<void> {
  const orderIds = await ordersWithoutTicket(container)
  if (!orderIds.length) return
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Kitchen: ${orderIds.length} order(s) had no ticket (lost "order placed" event); opening them now.`)
  for (const orderId of orderIds) await createKitchenTicketWorkflow(container).run({ input: { order_id: orderId } })
}

export const config = { name: "open-missing-kitchen-tickets", schedule: "* * * * *" }
