import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { KitchenTicket, TicketStatus } from "@oc-pizza/api-types"
import { nameCustomisations } from "../customisation/name-customisations"
import { deliveryInstructionsOf } from "../orders/delivery-instructions"
import { orderedQuantity } from "./ordered-quantity"

// a column newer than the query types generated for the kitchen module
const rideMinutesOf = (ticket: object): number | null => {
  const minutes = (ticket as { ride_minutes?: unknown }).ride_minutes
  return typeof minutes === "number" ? minutes : null
}

type Named = { first_name?: string | null; last_name?: string | null } | null | undefined

const fullName = (person: Named): string | null => [person?.first_name?.trim(), person?.last_name?.trim()].filter(Boolean).join(" ") || null

/** The name on the order (the counter leaves it empty for a known phone number), else the customer's: the name only, nothing else personal. */
const customerNameOf = (address: Named, customer: Named): string | null => fullName(address) ?? fullName(customer)

/** A line's note for the kitchen ("sans olives"), kept in the line's metadata under `note`. */
const lineNoteOf = (metadata: unknown): string | null => {
  const note = metadata && typeof metadata === "object" ? (metadata as { note?: unknown }).note : undefined
  return typeof note === "string" && note.trim() ? note.trim().slice(0, 200) : null
}

/** Tickets with their order's lines and history, oldest first: the order pizzaiolos work in. */
export async function readTickets(
  container: MedusaContainer,
  filters: { id?: string | string[]; stock_location_id?: string | string[]; status?: TicketStatus | TicketStatus[]; order_id?: string; fire_at?: { $lte: Date } }
): Promise<KitchenTicket[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tickets } = await query.graph({
    entity: "kitchen_ticket",
    fields: [
      "id",
      "order_id",
      "stock_location_id",
      "kind",
      "status",
      "estimated_ready_at",
      "scheduled_for",
      "fire_at",
      "pizzas",
      "ride_minutes",
      "created_at",
      "payment_failed_at",
      "payment_failure",
      "events.status",
      "events.at",
      "events.actor",
      "events.note",
    ],
    filters,
  })
  if (tickets.length === 0) return []
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.variant_id",
      "items.quantity",
      "items.metadata",
      "items.detail.quantity",
      "shipping_address.metadata",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "customer.first_name",
      "customer.last_name",
    ],
    filters: { id: tickets.map((ticket) => ticket.order_id) },
  })
  const orderOf = new Map(orders.map((order) => [order.id, order]))
  const allLines = orders.flatMap((order) => (order.items ?? []).flatMap((item) => (item ? [item] : [])))
  const [kitchenNameOf, customisations] = await Promise.all([
    kitchenNamesOf(
      container,
      allLines.flatMap((item) => (item.variant_id ? [item.variant_id] : []))
    ),
    nameCustomisations(
      container,
      allLines.map((item) => ({ id: item.id, metadata: item.metadata as Record<string, unknown> | null }))
    ),
  ])
  return tickets
    .map((ticket) => {
      const order = orderOf.get(ticket.order_id)
      return {
        id: ticket.id,
        order_id: ticket.order_id,
        display_id: order?.display_id === undefined || order?.display_id === null ? null : Number(order.display_id),
        stock_location_id: ticket.stock_location_id,
        kind: ticket.kind,
        status: ticket.status,
        estimated_ready_at: ticket.estimated_ready_at ? new Date(ticket.estimated_ready_at).toISOString() : null,
        placed_at: new Date(ticket.created_at).toISOString(),
        scheduled_for: ticket.scheduled_for ? new Date(ticket.scheduled_for).toISOString() : null,
        fire_at: ticket.fire_at ? new Date(ticket.fire_at).toISOString() : null,
        pizzas: Number(ticket.pizzas ?? 0),
        payment_failed: ticket.payment_failed_at ? { at: new Date(ticket.payment_failed_at).toISOString(), reason: ticket.payment_failure ?? null } : null,
        // a line a change took out stays on the order with nothing ordered
        items: (order?.items ?? []).flatMap((item) =>
          item && orderedQuantity(item) > 0
            ? [
                {
                  title: kitchenNameOf.get(item.variant_id ?? "")?.title ?? item.title,
                  variant: kitchenNameOf.get(item.variant_id ?? "")?.variant ?? item.variant_title ?? null,
                  variant_id: item.variant_id ?? null,
                  quantity: orderedQuantity(item),
                  note: lineNoteOf(item.metadata),
                  customisation: customisations.get(item.id) ?? null,
                },
              ]
            : []
        ),
        history: (ticket.events ?? [])
          .flatMap((event) => (event ? [{ status: event.status, at: new Date(event.at).toISOString(), actor: event.actor ?? null, note: event.note ?? null }] : []))
          .sort((a, b) => a.at.localeCompare(b.at)),
        ride_minutes: ticket.kind === "delivery" ? rideMinutesOf(ticket) : null,
        delivery_instructions: ticket.kind === "delivery" ? deliveryInstructionsOf(order?.shipping_address?.metadata) : null,
        // the counter calls a pickup order by name; a delivery goes by its address, read by the drivers' board
        customer_name: ticket.kind === "pickup" ? customerNameOf(order?.shipping_address, order?.customer) : null,
      }
    })
    .sort((a, b) => a.placed_at.localeCompare(b.placed_at))
}

/**
 * Each dish as the pizzeria names it (the catalogue's own texts): an order
 * placed in English carries its lines in English (Medusa translates a cart's
 * lines into the cart's locale), and the kitchen and the drivers read the
 * names of their menu. A size no longer in the catalogue keeps the order's text.
 */
async function kitchenNamesOf(container: MedusaContainer, variantIds: string[]): Promise<Map<string, { title: string; variant: string | null }>> {
  if (variantIds.length === 0) return new Map()
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title"],
    filters: { id: [...new Set(variantIds)] },
  })
  return new Map(variants.flatMap((variant) => (variant.product?.title ? [[variant.id, { title: variant.product.title, variant: variant.title ?? null }] as const] : [])))
}
