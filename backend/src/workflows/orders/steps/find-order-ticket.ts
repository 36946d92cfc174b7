import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TicketStatus } from "@oc-pizza/api-types"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"

export const findOrderTicketStepId = "find-order-ticket"

export type OrderTicket = { id: string; status: TicketStatus; stock_location_id: string }

/** The order's kitchen ticket, or null for an order the kitchen never received (nothing to tell the boards). */
export const findOrderTicketStep = createStep(findOrderTicketStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const [ticket] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ order_id }, { select: ["id", "status", "stock_location_id"], take: 1 })
  return new StepResponse<OrderTicket | null>(ticket ? { id: ticket.id, status: ticket.status as TicketStatus, stock_location_id: ticket.stock_location_id } : null)
})
