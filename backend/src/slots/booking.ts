import type { Fulfilment } from "@oc-pizza/api-types"
import { DEPARTURE_AFTER_READY_MINUTES, PREPARATION_MINUTES } from "@/orders/order-eta"
import { hasRoom, slotCapacity } from "./capacity"
import type { BookedSlot } from "./read-booked-pizzas"
import type { SlotRules } from "./read-slot-rules"
import { SLOT_MINUTES, slotStart } from "./slot-times"

const MINUTE = 60_000
/** A delivery's ride before it is estimated from the address (record-delivery-ride then sets the fire time from the real one). */
export const RIDE_GUESS_MINUTES = 15
/** How far an order as soon as possible may be pushed to find room: past this, it keeps its own quarter (never refused for capacity). */
const ASAP_SEARCH_MINUTES = 4 * 60

/**
 * The quarter hour whose oven capacity a customer's slot takes: the one its
 * pizzas come out in. A pickup's pizzas are ready at its slot; a delivery's
 * leave the kitchen before the ride (the driver's wait and the ride's guess),
 * so a delivery for 19:30 bakes in the 19:00 quarter, as an order as soon as
 * possible counts where its ready time falls.
 */
export function ovenQuarter(slot: Date, kind: Fulfilment): Date {
  if (kind !== "delivery") return slot
  return slotStart(new Date(slot.getTime() - (DEPARTURE_AFTER_READY_MINUTES + RIDE_GUESS_MINUTES) * MINUTE))
}

/** When a scheduled order enters the kitchen's queue: its slot minus the preparation, and for a delivery the driver's wait and the ride. */
export function fireAt(scheduledFor: Date, kind: Fulfilment, rideMinutes: number | null): Date {
  const before = PREPARATION_MINUTES + (kind === "delivery" ? DEPARTURE_AFTER_READY_MINUTES + (rideMinutes ?? RIDE_GUESS_MINUTES) : 0)
  return new Date(scheduledFor.getTime() - before * MINUTE)
}

/**
 * The quarter hour an order as soon as possible counts against: the one its
 * ready time falls in, or the first after it with room for its pizzas. Its
 * ready time moves to that quarter's start when it had to move.
 */
export function asapBooking(rules: SlotRules, readyAt: Date, booked: Map<number, BookedSlot>, pizzas: number): { slot: Date; ready: Date } {
  const first = slotStart(readyAt)
  for (let offset = 0; offset <= ASAP_SEARCH_MINUTES; offset += SLOT_MINUTES) {
    const slot = new Date(first.getTime() + offset * MINUTE)
    if (hasRoom(slotCapacity(rules.capacity, slot, rules.timezone), booked.get(slot.getTime())?.pizzas ?? 0, pizzas)) {
      return { slot, ready: offset === 0 ? readyAt : slot }
    }
  }
  return { slot: first, ready: readyAt }
}
