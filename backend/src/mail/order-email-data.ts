import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Fulfilment, LineCustomisation } from "@oc-pizza/api-types"
import { customerEmailTemplate } from "../kitchen/customer-messages"
import type { TicketStatusChanged } from "../kitchen/events"
import { orderedQuantity } from "../kitchen/ordered-quantity"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import type { Locale, OrderEmailData } from "./email-data"
import { nameCustomisations } from "../customisation/name-customisations"

/** French, unless the order says the customer reads English ("en", "en-GB"...). */
export function emailLocaleOf(locale: string | null | undefined): Locale {
  return locale?.trim().toLowerCase().startsWith("en") ? "en" : "fr"
}

/** The shop's order page for a guest: the ticket's token opens it without an account. */
export function trackingUrl(storefrontUrl: string, orderId: string, trackingToken: string): string {
  return `${storefrontUrl.replace(/\/+$/, "")}/orders/${encodeURIComponent(orderId)}?token=${encodeURIComponent(trackingToken)}`
}

type OrderRecord = {
  id: string
  email?: string | null
  locale?: string | null
  display_id?: number | string | null
  currency_code: string
  total: unknown
  items?: ({ id?: string; title: string; total: unknown; quantity?: unknown; detail?: { quantity?: unknown } | null } | null)[] | null
}
type TicketRecord = { id: string; kind: Fulfilment; tracking_token: string; estimated_ready_at?: Date | string | null; scheduled_for?: Date | string | null }
type PizzeriaRecord = { name: string; phone?: string | null }

/**
 * The notification telling a customer what became of their order, or none
 * when there is nobody to tell (no e-mail) or nothing they need to hear
 * (ready, for a delivery). The links are built from the shop's configured
 * address and the ticket's token, never from anything the customer wrote.
 */
export function orderEmailNotification(
  change: Pick<TicketStatusChanged, "ticket_id" | "status" | "history_id" | "modified" | "stock_location_id"> & Partial<Pick<TicketStatusChanged, "from">>,
  order: OrderRecord,
  ticket: TicketRecord,
  pizzeria: PizzeriaRecord,
  storefrontUrl: string,
  customisations: Map<string, LineCustomisation> = new Map()
): CreateNotificationDTO | undefined {
  const news = change.modified ? "modified" : change.status
  // a booked order entering the kitchen's queue at its fire time: the customer heard at booking, and hears at "preparing"
  if (!change.modified && change.from === "scheduled" && change.status === "received") return undefined
  const template = customerEmailTemplate(news, ticket.kind)
  if (!order.email || !template) return undefined
  const data: OrderEmailData = {
    locale: emailLocaleOf(order.locale),
    pizzeria: { name: pizzeria.name, phone: pizzeria.phone || null },
    order: {
      id: order.id,
      display_id: order.display_id ?? order.id,
      kind: ticket.kind,
      // a line a change took out stays on the order with nothing ordered
      items: (order.items ?? []).flatMap((item) => {
        if (!item || orderedQuantity(item) <= 0) return []
        const customisation = item.id ? customisations.get(item.id) : undefined
        const changes = customisation ? { without: customisation.remove.map((part) => part.name), extras: customisation.add.map((part) => part.name) } : {}
        return [{ title: item.title, quantity: orderedQuantity(item), total: Number(item.total), ...changes }]
      }),
      total: Number(order.total),
      currency_code: order.currency_code,
      eta: ticket.estimated_ready_at ? new Date(ticket.estimated_ready_at).toISOString() : null,
      scheduled_for: ticket.scheduled_for ? new Date(ticket.scheduled_for).toISOString() : null,
    },
    tracking_url: trackingUrl(storefrontUrl, order.id, ticket.tracking_token),
    stock_location_id: change.stock_location_id,
  }
  return {
    to: order.email,
    channel: "email",
    template,
    data,
    // the same change delivered twice is announced once; a status reached again (out for delivery after a
    // failed delivery) is a new line of the ticket's history, and a new e-mail
    idempotency_key: change.modified ? `order-modified:${change.history_id}` : `order-status:${change.ticket_id}:${change.status}:${change.history_id}`,
    resource_type: "order",
    resource_id: order.id,
  }
}

/** Reads the order, its ticket and its pizzeria, and gives the e-mail for `change` (see `orderEmailNotification`). */
export async function readOrderEmail(container: MedusaContainer, change: TicketStatusChanged, storefrontUrl: string): Promise<CreateNotificationDTO | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: locations }, [ticket]] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id",
        "email",
        "locale",
        "display_id",
        "currency_code",
        "total",
        "items.id",
        "items.metadata",
        "items.title",
        "items.total",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { id: change.order_id },
    }),
    query.graph({ entity: "stock_location", fields: ["name", "address.phone"], filters: { id: change.stock_location_id } }),
    container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ id: change.ticket_id }, { take: 1 }),
  ])
  const order = orders[0]
  if (!order || !ticket) return undefined
  const location = locations[0]
  const customisations = await nameCustomisations(
    container,
    (order.items ?? []).flatMap((item) => (item ? [{ id: item.id, metadata: item.metadata as Record<string, unknown> | null }] : []))
  )
  return orderEmailNotification(change, order, ticket, { name: location?.name ?? "OC Pizza", phone: location?.address?.phone ?? null }, storefrontUrl, customisations)
}
