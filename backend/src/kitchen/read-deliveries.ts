import type { MedusaContainer } from "@medusajs/framework/types"
import type { DeliveryInstructions } from "@oc-pizza/api-types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openPayments, PAY_ON_DELIVERY_PROVIDER } from "../payments/payment-providers"
import { userNames } from "../staff/user-names"
import { readTickets } from "./read-tickets"

export type Delivery = {
  ticket_id: string
  order_id: string
  display_id: number | null
  status: "ready" | "out_for_delivery" | "delivery_failed"
  placed_at: string
  items: { title: string; variant: string | null; variant_id: string | null; quantity: number }[]
  customer: { name: string; phone: string | null }
  address: { address_1: string; address_2: string | null; postal_code: string; city: string; line: string }
  /** Google Maps directions to the address (Maps URLs: works with and without an API key). */
  directions_url: string
  /** What the driver collects at the door: the total of a pay-on-delivery order not paid yet, else null. */
  to_collect: number | null
  currency_code: string
  /** Who took it on the road (the last "out for delivery"), and whether that is the caller. */
  taken_by: { id: string; name: string } | null
  mine: boolean
  note: string | null
  /** Door code, floor, note for the driver, as the customer typed them at checkout. */
  instructions: DeliveryInstructions | null
}

const ON_THE_BOARD = ["ready", "out_for_delivery", "delivery_failed"] as const

/** The delivery board of a pizzeria: orders ready to take, on the road, back after a failed attempt; oldest first. */
export async function readDeliveries(container: MedusaContainer, pizzeriaId: string, callerId: string | null): Promise<Delivery[]> {
  const tickets = (await readTickets(container, { stock_location_id: pizzeriaId, status: [...ON_THE_BOARD] })).filter((ticket) => ticket.kind === "delivery")
  if (tickets.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "currency_code",
      "email",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
      "shipping_address.address_1",
      "shipping_address.address_2",
      "shipping_address.postal_code",
      "shipping_address.city",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.amount",
    ],
    filters: { id: tickets.map((ticket) => ticket.order_id) },
  })
  const orderOf = new Map(orders.map((order) => [order.id, order]))
  const takers = [...new Set(tickets.flatMap((ticket) => ticket.history.filter((event) => event.status === "out_for_delivery" && event.actor).map((event) => event.actor!)))]
  const nameOf = await userNames(container, takers)

  return tickets.map((ticket) => {
    const order = orderOf.get(ticket.order_id)
    const address = order?.shipping_address
    const line = [address?.address_1, address?.address_2, [address?.postal_code, address?.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")
    const unpaid = openPayments(order?.payment_collections).filter((payment) => payment.provider_id === PAY_ON_DELIVERY_PROVIDER)
    const taken = [...ticket.history].reverse().find((event) => event.status === "out_for_delivery")
    const failed = [...ticket.history].reverse().find((event) => event.status === "delivery_failed")
    return {
      ticket_id: ticket.id,
      order_id: ticket.order_id,
      display_id: ticket.display_id,
      status: ticket.status as Delivery["status"],
      placed_at: ticket.placed_at,
      items: ticket.items,
      customer: { name: [address?.first_name, address?.last_name].filter(Boolean).join(" ") || order?.email || "", phone: address?.phone ?? null },
      address: {
        address_1: address?.address_1 ?? "",
        address_2: address?.address_2 ?? null,
        postal_code: address?.postal_code ?? "",
        city: address?.city ?? "",
        line,
      },
      directions_url: `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(line)}&travelmode=driving`,
      to_collect: unpaid.length ? Number(order?.total ?? 0) : null,
      currency_code: order?.currency_code ?? "eur",
      taken_by: ticket.status !== "ready" && taken?.actor ? { id: taken.actor, name: nameOf.get(taken.actor) ?? taken.actor } : null,
      mine: ticket.status !== "ready" && Boolean(callerId) && taken?.actor === callerId,
      note: ticket.status === "delivery_failed" ? (failed?.note ?? null) : null,
      instructions: ticket.delivery_instructions,
    }
  })
}
