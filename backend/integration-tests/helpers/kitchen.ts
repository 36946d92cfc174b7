import type { MedusaContainer } from "@medusajs/framework/types"
import { KITCHEN_MODULE } from "../../src/modules/kitchen"
import type KitchenModuleService from "../../src/modules/kitchen/service"
import { until } from "./wait"

export const kitchenOf = (container: MedusaContainer) => container.resolve<KitchenModuleService>(KITCHEN_MODULE)

type Ticket = Awaited<ReturnType<KitchenModuleService["listKitchenTickets"]>>[number]

/** The kitchen ticket of an order, once it exists (the checkout, the order.placed subscriber or the repair job opens it). */
export async function ticketOf(container: MedusaContainer, orderId: string, timeoutMs = 10_000): Promise<Ticket> {
  return until(`the kitchen ticket of ${orderId}`, async () => (await kitchenOf(container).listKitchenTickets({ order_id: orderId }))[0], timeoutMs)
}

/** The tickets of every order, once each has one; fails naming the orders still without a ticket. */
export async function ticketsOf(container: MedusaContainer, orderIds: string[], timeoutMs = 10_000): Promise<Ticket[]> {
  let tickets: Ticket[] = []
  try {
    return await until(
      `the kitchen tickets of ${orderIds.length} orders`,
      async () => {
        tickets = await kitchenOf(container).listKitchenTickets({ order_id: orderIds })
        return orderIds.every((orderId) => tickets.some((ticket) => ticket.order_id === orderId)) && tickets
      },
      timeoutMs
    )
  } catch (error) {
    const missing = orderIds.filter((orderId) => !tickets.some((ticket) => ticket.order_id === orderId))
    throw new Error(`${(error as Error).message}: no ticket for ${missing.join(", ")}`)
  }
}
