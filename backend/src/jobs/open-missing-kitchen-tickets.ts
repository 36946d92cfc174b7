import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ordersWithoutTicket } from "../kitchen/orders-without-ticket"
import { unlessCheckoutRuns } from "../orders/checkout-lock"
import { createKitchenTicketWorkflow } from "../workflows/kitchen/create-kitchen-ticket"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"

/** Every minute: an order whose "placed" event was lost (a process killed after the order committed) still reaches the kitchen. */
export default async function openMissingKitchenTickets(container: MedusaContainer): Promise<void> {
  const orderIds = await ordersWithoutTicket(container)
  if (!orderIds.length) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.warn(`Kitchen: ${orderIds.length} order(s) had no ticket (lost "order placed" event); opening them now.`)
  for (const orderId of orderIds) {
    // an order whose checkout still runs (its ticket comes with it, or it is refused) is not lost: left to that run
    const opened = await unlessCheckoutRuns(container, orderId, async () => {
      // one order that cannot be ticketed must not keep the others from the kitchen
      const { errors } = await createKitchenTicketWorkflow(container).run({ input: { order_id: orderId }, throwOnError: false })
      if (errors.length) logger.error(`Kitchen: no ticket could be opened for order ${orderId} (${(errors[0].error as Error)?.message}).`)
    })
    if (opened === undefined) logger.debug(`Kitchen: order ${orderId} is still being placed; its checkout opens its ticket.`)
  }
}

export const config = { name: "open-missing-kitchen-tickets", schedule: repairJobsSchedule() }
