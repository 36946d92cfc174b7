import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderTracking } from "@oc-pizza/api-types"
import { orderedQuantity } from "../kitchen/ordered-quantity"
import { readTickets } from "../kitchen/read-tickets"
import { orderEta } from "./order-eta"
import { paymentAwaitingCard } from "./payment-awaiting-card"
import { nameCustomisations } from "@/customisation/name-customisations"
import { orderNotFound } from "@/orders/order-not-found"

/**
 * Where an order stands, and what was ordered, as its customer sees it
 * (`GET /store/orders/:id/tracking`): the ticket's status, history and ETA
 * (recomputed at each read from the kitchen's step, ./order-eta.ts),
 * the lines still ordered, the totals, the pizzeria, and for a delivery the
 * street only (whoever holds the link sees this, so no name or phone), and
 * a changed card order's new total while it waits for the card, so that the
 * shop brings the card step back after a reload.
 */
export async function readOrderTracking(container: MedusaContainer, ticket: { id: string; order_id: string; stock_location_id: string }): Promise<OrderTracking> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [[view], { data: orders }, { data: locations }] = await Promise.all([
    readTickets(container, { id: ticket.id }),
    query.graph({
      entity: "order",
      fields: [
        "display_id",
        "currency_code",
        "item_total",
        "shipping_total",
        "total",
        "items.id",
        "items.variant_id",
        "items.metadata",
        "items.title",
        "items.variant_title",
        "items.unit_price",
        "items.total",
        "items.quantity",
        "items.detail.quantity",
        "shipping_address.address_1",
        "shipping_address.postal_code",
        "shipping_address.city",
        "payment_collections.id",
        "payment_collections.status",
        "payment_collections.amount",
        "payment_collections.payments.provider_id",
      ],
      filters: { id: ticket.order_id },
    }),
    query.graph({ entity: "stock_location", fields: ["id", "name", "address.phone"], filters: { id: ticket.stock_location_id } }),
  ])
  const order = orders[0]
  // a ticket whose order is gone (deleted by hand): the same answer as for an unknown order
  if (!order) throw orderNotFound()
  const address = order.shipping_address
  const customisations = await nameCustomisations(
    container,
    (order.items ?? []).flatMap((item) => (item ? [{ id: item.id, metadata: item.metadata as Record<string, unknown> | null }] : []))
  )
  // a cancelled order's open collection waits for nobody
  const awaiting = view.status === "cancelled" ? null : paymentAwaitingCard(order.payment_collections)
  return {
    status: view.status,
    kind: view.kind,
    history: view.history.map(({ status, at }) => ({ status, at })),
    ...orderEta(view),
    scheduled_for: view.scheduled_for,
    order: {
      display_id: Number(order.display_id),
      currency_code: order.currency_code,
      // a line a change took out stays on the order with nothing ordered
      items: (order.items ?? []).flatMap((item) =>
        item && orderedQuantity(item) > 0
          ? [
              {
                variant_id: item.variant_id ?? null,
                title: item.title,
                variant: item.variant_title ?? null,
                quantity: orderedQuantity(item),
                unit_price: Number(item.unit_price),
                total: Number(item.total),
                customisation: customisations.get(item.id) ?? null,
              },
            ]
          : []
      ),
      item_total: Number(order.item_total),
      shipping_total: Number(order.shipping_total),
      total: Number(order.total),
      shipping_address: view.kind === "delivery" && address ? { address_1: address.address_1 ?? null, postal_code: address.postal_code ?? null, city: address.city ?? null } : null,
      pizzeria: { id: ticket.stock_location_id, name: locations[0]?.name ?? "OC Pizza", phone: locations[0]?.address?.phone ?? null },
    },
    payment: awaiting ? { status: "awaiting_card_confirmation", ...awaiting, currency_code: order.currency_code } : null,
  }
}
