import type { Fulfilment } from "./kitchen-ticket"

/** One quarter hour a customer may book: when they get the order (pickup: collected; delivery: at the door). Times are ISO 8601. */
export type Slot = { starts_at: string; ends_at: string }

/**
 * GET /store/pizzerias/:id/slots?fulfilment=delivery|pickup: the slots with
 * room for `pizzas` more (query `pizzas`, default 1), today and the next six
 * days in the pizzeria's time zone, from its lead time on.
 */
export type PizzeriaSlots = {
  pizzeria_id: string
  fulfilment: Fulfilment
  timezone: string
  /** "As soon as possible": offered while the pizzeria is open and taking online orders. */
  asap: { available: boolean }
  /** One entry per local day ("YYYY-MM-DD"), days without a slot included. */
  days: { date: string; slots: Slot[] }[]
}

/** The slot a cart is booked for; null: as soon as possible. */
export type CartSlot = { cart_id: string; scheduled_for: string | null }

/** GET /admin/pizzerias/:id/slots: booked pizzas per slot against the kitchen's capacity, and booked orders whose slot the pizzeria no longer serves. */
export type BookedSlots = {
  pizzeria_id: string
  timezone: string
  slots: { starts_at: string; booked: number; capacity: number | null; orders: number }[]
  /** Orders booked in a slot a later closure or change of hours took away: the manager calls the customer. */
  orders_in_closed_slots: { order_id: string; display_id: number | null; scheduled_for: string; kind: Fulfilment }[]
}

/** The manager's settings of a kitchen's capacity (GET and POST /admin/pizzerias/:id/capacity). */
export type KitchenCapacitySettings = {
  pizzas_per_slot: number | null
  day_parts: { from: string; to: string; pizzas: number }[]
  delivery_lead_minutes: number
  pickup_lead_minutes: number
}
