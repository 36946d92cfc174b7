import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { customerMessage } from "../kitchen/customer-messages"
import { TICKET_STATUS_CHANGED, type TicketStatusChanged } from "../kitchen/events"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { sendEmail } from "../mail/send-email"

/** E-mails the customer at each step they care about (placed, preparing, on its way or ready, delivered, cancelled). */
export default async function tellCustomerOfOrderStatus({ event: { data }, container }: SubscriberArgs<TicketStatusChanged>): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: locations }, [ticket]] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "email", "locale", "display_id"], filters: { id: data.order_id } }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: data.stock_location_id } }),
    container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ id: data.ticket_id }, { take: 1 }),
  ])
  const order = orders[0]
  if (!order?.email || !ticket) return
  const news = data.modified ? "modified" : data.status
  const message = customerMessage(news, ticket.kind, order.locale, `#${order.display_id}`, locations[0]?.name ?? "OC Pizza")
  if (!message) return
  await sendEmail(container, {
    to: order.email,
    channel: "email",
    template: `order-${news}`,
    // the shop's order page; the token lets a guest follow it from the e-mail
    data: { ...message, order_id: order.id, tracking_url_path: `/orders/${order.id}?token=${encodeURIComponent(ticket.tracking_token)}` },
    // the same change delivered twice is announced once
    idempotency_key: data.modified ? `order-modified:${data.history_id}` : `order-status:${data.ticket_id}:${data.status}`,
  })
}

export const config: SubscriberConfig = { event: TICKET_STATUS_CHANGED }
