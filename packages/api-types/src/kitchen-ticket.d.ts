/**
 * A kitchen ticket's status. The order of the lifecycle and the moves it
 * allows are the backend's (backend/src/modules/kitchen/lifecycle.ts).
 */
export type TicketStatus = "scheduled" | "received" | "preparing" | "ready" | "out_for_delivery" | "delivered" | "collected" | "cancelled" | "delivery_failed"

/** Delivered by a driver or collected at the counter. */
export type Fulfilment = "delivery" | "pickup"

/** A ticket as the kitchen and delivery boards read it. Times are ISO 8601. */
export type KitchenTicket = {
  id: string
  order_id: string
  display_id: number | null
  stock_location_id: string
  kind: Fulfilment
  status: TicketStatus
  estimated_ready_at: string | null
  placed_at: string
  /** The slot the customer booked (start of the quarter hour they get the order); null: as soon as possible. */
  scheduled_for: string | null
  /** When a scheduled ticket enters the kitchen's queue (`received`): the slot minus preparation, and for a delivery the driver's wait and the ride. */
  fire_at: string | null
  /** Pizzas the order counts against its slot's capacity. */
  pizzas: number
  /** The card capture failed as preparation started (the manager settles it), with the reason. */
  payment_failed: { at: string; reason: string | null } | null
  items: KitchenTicketLine[]
  history: { status: TicketStatus; at: string; actor: string | null; note: string | null }[]
  /** Minutes of the ride to the customer, estimated as the order was placed (delivery only; null when unknown). */
  ride_minutes: number | null
  /** What the customer wrote for the driver (delivery only): shown to staff, nothing decides from it. */
  delivery_instructions: DeliveryInstructions | null
  /** The name the counter calls a pickup order by (pickup only; null for a delivery or when unknown). */
  customer_name: string | null
}

/**
 * Door code, floor or flat, and a note for the driver, as the customer typed
 * them at checkout (kept on the order's shipping address, under
 * `metadata.delivery_instructions`). Display only; null parts were left empty.
 */
export type DeliveryInstructions = { door_code: string | null; floor: string | null; note: string | null }

export type KitchenTicketLine = {
  title: string
  variant: string | null
  variant_id: string | null
  quantity: number
  /** The customer's or the counter's note for the kitchen on this line (the line's `metadata.note`), when there is one. */
  note?: string | null
  /** A customised pizza: ingredients left out and extras added (inventory item ids and names); null when made as the recipe says. */
  customisation?: LineCustomisation | null
}

/** What a customer changed on a pizza, with the ingredients' names. */
export type LineCustomisation = { remove: { id: string; name: string }[]; add: { id: string; name: string }[] }

/** A line's recipe for its size, as the pizzaiolo reads it on the board. */
export type KitchenTicketRecipe = {
  steps: string[]
  bake_minutes: number | null
  bake_temperature_c: number | null
  notes: string | null
  /** for this line's size, and its customisation: an ingredient left out is not listed, an extra is (`extra`: its quantity includes the extra's) */
  ingredients: { name: string; quantity: number; unit: string; extra?: boolean }[]
}

/** GET /admin/kitchen/tickets: each line with its recipe. */
export type KitchenTicketWithRecipes = Omit<KitchenTicket, "items"> & {
  items: (KitchenTicketLine & { recipe: KitchenTicketRecipe | null })[]
}

/** The data of a ticket's live status event (server-sent events, event name `status`). */
export type TicketStatusEvent = {
  /** The history line's id: the event id, so a client reconnecting says where it stopped. */
  id: string
  ticket_id: string
  order_id: string
  stock_location_id: string
  status: TicketStatus
  at: string
}
