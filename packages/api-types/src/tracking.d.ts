import type { Fulfilment, TicketStatus } from "./kitchen-ticket"

/** What was ordered, without the person's details: whoever holds the tracking link sees this. */
export type TrackedOrder = {
  display_id: number
  currency_code: string
  items: { variant_id: string | null; title: string; variant: string | null; quantity: number; unit_price: number; total: number }[]
  /** The dishes, taxes included (what the customer saw on the menu). */
  item_total: number
  shipping_total: number
  total: number
  /** Where it goes (delivery only), without the person's name. */
  shipping_address: { address_1: string | null; postal_code: string | null; city: string | null } | null
  pizzeria: { id: string; name: string; phone: string | null }
}

/** GET /store/orders/:id/tracking: where the order stands. Times are ISO 8601. */
export type OrderTracking = {
  status: TicketStatus
  kind: Fulfilment
  history: { status: TicketStatus; at: string }[]
  eta: string | null
  order: TrackedOrder
}
