import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { zoneDeliveryOptions } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { kitchenDelayMinutes, MINUTES_PER_QUEUED_ORDER } from "@/kitchen/kitchen-delay"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import { PREPARATION_MINUTES } from "@/orders/order-eta"
import type KitchenModuleService from "@/modules/kitchen/service"

/** `history`: the "received" line this run wrote, when it created the ticket. */
type Created = { id: string; stock_location_id: string; tracking_token: string; created: boolean; history?: { id: string; at: string } }

export type CreateKitchenTicketInput = {
  order_id: string
  /** The order's pizzeria when the caller knows it already (the checkout resolved it); otherwise read from its sales channel. */
  stock_location_id?: string
}

const alreadyOpen = (ticket: { id: string; stock_location_id: string; tracking_token: string }): Created => ({
  id: ticket.id,
  stock_location_id: ticket.stock_location_id,
  tracking_token: ticket.tracking_token,
  created: false,
})

export const createKitchenTicketStepId = "create-kitchen-ticket"

/**
 * The order's ticket, created once: the one place a ticket is opened, by the
 * checkout, the `order.placed` subscriber and the repair job alike. An order
 * placed twice (an event delivered again, a retry) finds the ticket it
 * already has. Delivery or pickup follows the order's shipping method; the
 * ready time follows the kitchen's queue.
 */
export const createKitchenTicketStep = createStep(
  createKitchenTicketStepId,
  async ({ order_id, stock_location_id }: CreateKitchenTicketInput, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const [existing] = await kitchen.listKitchenTickets({ order_id }, { take: 1 })
    if (existing) return new StepResponse<Created, string | null>(alreadyOpen(existing), null)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "sales_channel_id", "shipping_methods.shipping_option_id"],
      filters: { id: order_id },
    })
    const order = orders[0]
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} does not exist: no ticket to open`)
    if (!stock_location_id && !order.sales_channel_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${order_id} has no sales channel, so no pizzeria`)
    const stockLocationId = stock_location_id ?? (await locationOfSalesChannel(container, order.sales_channel_id!))
    const optionIds = (order.shipping_methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
    const kind = (await zoneDeliveryOptions(container, optionIds)).size > 0 ? "delivery" : "pickup"

    const now = new Date()
    // the order itself is in the queue already: only the others are ahead of it
    const ahead = Math.max(0, (await kitchenDelayMinutes(container, stockLocationId, now)) - MINUTES_PER_QUEUED_ORDER)
    const ready = new Date(now.getTime() + (ahead + PREPARATION_MINUTES) * 60_000)
    let ticketId: string
    let trackingToken: string
    try {
      const ticket = await kitchen.createKitchenTickets({
        order_id,
        stock_location_id: stockLocationId,
        kind,
        status: "received",
        tracking_token: randomBytes(24).toString("base64url"),
        estimated_ready_at: ready,
      })
      ticketId = ticket.id
      trackingToken = ticket.tracking_token
    } catch (error) {
      // the same order placed twice at once: the other delivery created it
      const [raced] = await kitchen.listKitchenTickets({ order_id }, { take: 1 })
      if (!raced) throw error
      return new StepResponse<Created, string | null>(alreadyOpen(raced), null)
    }
    // outside the catch: a failure here is this run's, and compensation removes the ticket
    const line = await kitchen.createKitchenTicketEvents({ ticket_id: ticketId, status: "received", at: now, actor: null })
    return new StepResponse<Created, string | null>(
      { id: ticketId, stock_location_id: stockLocationId, tracking_token: trackingToken, created: true, history: { id: line.id, at: now.toISOString() } },
      ticketId
    )
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container.resolve<KitchenModuleService>(KITCHEN_MODULE).deleteKitchenTickets(ticketId)
  }
)
