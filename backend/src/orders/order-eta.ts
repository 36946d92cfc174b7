import type { Fulfilment, OrderTracking, TicketStatus } from "@oc-pizza/api-types"

/** Minutes from a pizzaiolo starting an order to it being ready, on average (the ticket's first estimate uses the same). */
export const PREPARATION_MINUTES = 15
/** Minutes from an order being ready to a driver leaving with it, on average. */
export const DEPARTURE_AFTER_READY_MINUTES = 5

const MINUTE = 60_000

export type EtaTicket = {
  status: TicketStatus
  kind: Fulfilment
  /** The ready time estimated from the kitchen's queue as the order was placed. */
  estimated_ready_at: string | null
  placed_at: string
  ride_minutes: number | null
  /** The slot the customer booked, when they did: until its fire time the ETA is that slot. */
  scheduled_for?: string | null
  history: { status: TicketStatus; at: string }[]
}

export type OrderEta = { eta: string | null; eta_basis: OrderTracking["eta_basis"] }

const later = (a: number, b: number) => Math.max(a, b)

/**
 * When the customer gets the order, recomputed at each read from where the
 * kitchen stands: the one place the tracking's ETA is decided.
 * - scheduled: the slot the customer booked (pickup: collected then;
 *   delivery: at the door then);
 * - received: the queue estimate made at checkout, never earlier than a whole
 *   preparation from now (a late kitchen pushes it back);
 * - preparing: the start of preparation plus its length;
 * - ready: the departure estimate (ready time plus the driver's wait, not in
 *   the past) plus the ride;
 * - out for delivery: the departure plus the ride;
 * - delivered, collected, cancelled, failed: none.
 * A delivery adds the driver's wait and the ride to the ready time; a pickup
 * is due when it is ready. Times never fall before `now`.
 */
export function orderEta(ticket: EtaTicket, now: Date = new Date()): OrderEta {
  const at = now.getTime()
  const last = (status: TicketStatus) => {
    const line = [...ticket.history].reverse().find((event) => event.status === status)
    return line ? new Date(line.at).getTime() : null
  }
  const ride = (ticket.ride_minutes ?? 0) * MINUTE
  const arrival = (readyAt: number) => (ticket.kind === "delivery" ? later(readyAt + DEPARTURE_AFTER_READY_MINUTES * MINUTE, at) + ride : readyAt)
  const iso = (time: number) => new Date(later(time, at)).toISOString()
  switch (ticket.status) {
    case "scheduled":
      return { eta: ticket.scheduled_for ? new Date(ticket.scheduled_for).toISOString() : null, eta_basis: ticket.scheduled_for ? "slot" : null }
    case "received": {
      const queued = ticket.estimated_ready_at ? new Date(ticket.estimated_ready_at).getTime() : new Date(ticket.placed_at).getTime() + PREPARATION_MINUTES * MINUTE
      return { eta: iso(arrival(later(queued, at + PREPARATION_MINUTES * MINUTE))), eta_basis: "queue" }
    }
    case "preparing": {
      const started = last("preparing") ?? at
      return { eta: iso(arrival(later(started + PREPARATION_MINUTES * MINUTE, at))), eta_basis: "preparing" }
    }
    case "ready":
      // a pickup waiting at the counter is due now: no countdown
      return ticket.kind === "delivery" ? { eta: iso(arrival(last("ready") ?? at)), eta_basis: "ready" } : { eta: null, eta_basis: null }
    case "out_for_delivery":
      return { eta: iso((last("out_for_delivery") ?? at) + ride), eta_basis: "on_the_road" }
    default:
      return { eta: null, eta_basis: null }
  }
}
