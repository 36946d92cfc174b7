import type { Fulfilment, LineCustomisation, TicketStatus } from "./kitchen-ticket"

/** What was ordered, without the person's details: whoever holds the tracking link sees this. */
export type TrackedOrder = {
  display_id: number
  currency_code: string
  /** `customisation`: a customised pizza's changes, with the ingredients' names (null for a dish as its recipe makes it). */
  items: { variant_id: string | null; title: string; variant: string | null; quantity: number; unit_price: number; total: number; customisation: LineCustomisation | null }[]
  /** The dishes, taxes included (what the customer saw on the menu). */
  item_total: number
  shipping_total: number
  total: number
  /** Where it goes (delivery only), without the person's name. */
  shipping_address: { address_1: string | null; postal_code: string | null; city: string | null } | null
  pizzeria: { id: string; name: string; phone: string | null }
}

/**
 * A payment the customer must act on before the kitchen may start the order:
 * a card order was changed and its new total waits for the card. It carries no
 * client secret (whoever holds the link reads this): the shop opens the card
 * payment of this collection itself (`POST /store/payment-collections/:id/payment-sessions`
 * with the order's token, or signed in) and authorizes it with
 * `POST /store/orders/:id/payment/authorize`.
 */
export type TrackedPayment = {
  status: "awaiting_card_confirmation"
  payment_collection_id: string
  /** The new total to confirm, in the currency's main unit (euros). */
  amount: number
  currency_code: string
}

/** GET /store/orders/:id/tracking: where the order stands. Times are ISO 8601. */
export type OrderTracking = {
  status: TicketStatus
  kind: Fulfilment
  history: { status: TicketStatus; at: string }[]
  eta: string | null
  /**
   * What `eta` was computed from, recomputed at each read: the booked slot
   * (scheduled, the start of its quarter hour), the kitchen's queue
   * (received), the ready time (preparing), the departure estimate plus the
   * ride (ready), the departure plus the ride (on the road); null with no ETA.
   */
  eta_basis: "slot" | "queue" | "preparing" | "ready" | "on_the_road" | null
  /** The slot the customer booked (start of its quarter hour); null: as soon as possible. */
  scheduled_for: string | null
  order: TrackedOrder
  /** What the customer still has to pay before the kitchen may start; null when nothing waits for them. */
  payment: TrackedPayment | null
}
